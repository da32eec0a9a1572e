/// A literal, or a list or map of literals folded at check time.
final class ConstantNode: ExprNode {
    let value: Value

    init(_ value: Value, span: SourceSpan) {
        self.value = value
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value { value }
    override var constantValue: Value? { value }
}

/// `[a, b, c]`. A stream element is memoized so the list can be read more than once.
final class ListNode: ExprNode {
    let elements: [ExprNode]

    init(_ elements: [ExprNode], span: SourceSpan) {
        self.elements = elements
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            values.append(try element.eval(frame).memoizingStream())
        }
        return .list(values)
    }
}

/// `{key: value, …}`.
final class MapNode: ExprNode {
    let keys: [String]
    let values: [ExprNode]

    init(keys: [String], values: [ExprNode], span: SourceSpan) {
        self.keys = keys
        self.values = values
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var map = ValueMap()
        for (key, value) in zip(keys, values) {
            map[key] = try value.eval(frame).memoizingStream()
        }
        return .map(map)
    }
}

extension Value {
    /// A stream made re-readable, as binding it to a name or storing it in a collection needs;
    /// other values as they are.
    @inline(__always)
    func memoizingStream() -> Value {
        if case .stream(let stream) = self, !stream.isMemoized { return .stream(stream.memoized()) }
        return self
    }
}
