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
    private let elements: UnmanagedNodes<ExprNode>

    init(_ elements: [ExprNode], span: SourceSpan) {
        self.elements = UnmanagedNodes(elements)
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements.references {
            values.append(try element.eval(frame).memoizingStream())
        }
        return .list(values)
    }
}

/// `{key: value, …}` (keys distinct, as the resolver checked).
///
/// The maps a node builds share its key array; only their values are allocated.
final class MapNode: ExprNode {
    private let keys: [String]
    private let values: UnmanagedNodes<ExprNode>

    init(keys: [String], values: [ExprNode], span: SourceSpan) {
        self.keys = keys
        self.values = UnmanagedNodes(values)
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(keys.count)
        for value in self.values.references {
            values.append(try value.eval(frame).memoizingStream())
        }
        return .map(ValueMap(distinctKeys: keys, values: values))
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
