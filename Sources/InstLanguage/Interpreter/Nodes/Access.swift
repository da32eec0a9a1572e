/// `base.name`: a map's field, null when absent or when `base` is null.
final class FieldNode: ExprNode {
    let base: ExprNode
    let name: String
    private let containerOperand: Operand
    /// Where the field was last found: rows built by one map literal keep it in one place.
    @exclusivity(unchecked) private var lastPosition = 0

    init(base: ExprNode, name: String, span: SourceSpan) {
        self.base = base
        self.name = name
        containerOperand = Operand(base)
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        // A variable's map is looked into where it is, without copying it.
        if let variable = containerOperand.variable(in: frame) { return try field(of: &variable.pointee) }
        var value = try containerOperand.eval(frame)
        return try field(of: &value)
    }

    /// Reads the field in place (`inout` only so the map is borrowed, not copied).
    @inline(__always)
    private func field(of value: inout Value) throws(ScriptError) -> Value {
        if case .map(let map) = value {
            guard let position = map.position(of: name, hint: lastPosition) else { return .null }
            lastPosition = position
            return map.value(at: position)
        }
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
    private let containerOperand: Operand
    private let keyOperand: Operand

    init(base: ExprNode, index: ExprNode, execution: Execution, span: SourceSpan) {
        self.base = base
        self.index = index
        self.execution = execution
        containerOperand = Operand(base)
        keyOperand = Operand(index)
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        // A variable's list or map is looked into where it is, without copying it. That reads the
        // variable after the key, so only when evaluating the key has no effects.
        if let variable = containerOperand.variable(in: frame), keyOperand.isPure,
            let element = Self.plainElement(of: &variable.pointee, at: try keyOperand.eval(frame))
        {
            return element
        }
        var container = try containerOperand.eval(frame)
        let key = try keyOperand.eval(frame)
        if let element = Self.plainElement(of: &container, at: key) { return element }
        do {
            if case .stream(let stream) = container {
                return try execution.streamElement(stream, at: key)
            }
            return try Value.element(of: container, at: key)
        } catch {
            throw error.at(span)
        }
    }

    /// A list's element at an index in range, or a map's value for a string key: the cases that
    /// need no stream read and cannot fail. (`inout` only so the container is borrowed, not copied.)
    @inline(__always)
    private static func plainElement(of container: inout Value, at key: Value) -> Value? {
        if case .list(let elements) = container, case .int(let position) = key, position >= 0,
            position < elements.count
        {
            return elements[position]
        }
        if case .map(let map) = container, case .string(let name) = key { return map[name] ?? .null }
        return nil
    }
}
