/// `base.name`: a map's field, null when absent or when `base` is null.
final class FieldNode: ExprNode {
    let base: ExprNode
    let name: String

    init(base: ExprNode, name: String, span: SourceSpan) {
        self.base = base
        self.name = name
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let value = try base.eval(frame)
        if case .map(let map) = value { return map[name] ?? .null }
        do {
            return try Value.field(of: value, name)
        } catch {
            throw error.at(span)
        }
    }
}

/// `base[index]`: a list, stream or string by int, a map by string.
final class IndexNode: ExprNode {
    let base: ExprNode
    let index: ExprNode
    let execution: Execution

    init(base: ExprNode, index: ExprNode, execution: Execution, span: SourceSpan) {
        self.base = base
        self.index = index
        self.execution = execution
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let container = try base.eval(frame)
        let key = try index.eval(frame)
        if case .list(let elements) = container, case .int(let position) = key,
            position >= 0, position < elements.count
        {
            return elements[position]
        }
        do {
            if case .stream(let stream) = container {
                return try execution.streamElement(stream, at: key)
            }
            return try Value.element(of: container, at: key)
        } catch {
            throw error.at(span)
        }
    }
}
