/// `set name.field[index]… = value`, mutating in place: the variable's value is moved out of its
/// slot, changed along the path, and stored back. Missing map fields are created (a null on
/// the way becomes a map); a list index must exist.
final class PathStoreNode: StmtNode {
    enum Step {
        case field(String)
        case index(ExprNode)
    }

    /// A step with its index evaluated.
    private enum Key {
        case field(String)
        case index(Value)
    }

    let target: VariableSlot
    let name: String
    let path: [Step]
    let value: ExprNode
    let execution: Execution

    init(_ target: VariableSlot, name: String, path: [Step], value: ExprNode, execution: Execution, span: SourceSpan) {
        self.target = target
        self.name = name
        self.path = path
        self.value = value
        self.execution = execution
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        var keys: [Key] = []
        keys.reserveCapacity(path.count)
        for step in path {
            switch step {
            case .field(let name): keys.append(.field(name))
            case .index(let node): keys.append(.index(try node.eval(frame)))
            }
        }
        let newValue = try value.eval(frame).memoizingStream()
        guard let slot = target.pointer(in: frame) else { throw VariableSlot.unset(name).at(span) }
        var current = slot.move()
        slot.initialize(to: .null)
        do {
            try assign(newValue, into: &current, along: keys[...])
        } catch {
            slot.pointee = current
            throw error.at(span)
        }
        target.store(current, in: frame)
        return .next
    }

    /// Sets `value` at the end of `keys` inside `container`; on error `container` keeps its value.
    private func assign(_ value: Value, into container: inout Value, along keys: ArraySlice<Key>) throws(ScriptError) {
        guard let key = keys.first else {
            container = value
            return
        }
        if case .stream = container { container = try execution.materialize(container) }
        switch key {
        case .field(let name), .index(.string(let name)):
            try assign(value, into: &container, field: name, along: keys.dropFirst())
        case .index(.int(let position)):
            guard case .list(var elements) = container else {
                throw ScriptError.runtime("cannot set an element of a \(container.typeName) by int")
            }
            let index = try Value.checkedPosition(position, count: elements.count)
            container = .null
            defer { container = .list(elements) }
            try assign(value, into: &elements[index], along: keys.dropFirst())
        case .index(let index):
            throw ScriptError.runtime("cannot set an element of a \(container.typeName) by \(index.typeName)")
        }
    }

    /// Sets a map field (creating it, and the map when `container` is null), then the rest of the path in it.
    private func assign(
        _ value: Value, into container: inout Value, field name: String, along keys: ArraySlice<Key>
    ) throws(ScriptError) {
        var map = ValueMap()
        switch container {
        case .map(let existing): map = existing
        case .null: break
        default: throw ScriptError.runtime("cannot set field '\(name)' on a \(container.typeName)")
        }
        container = .null
        defer { container = .map(map) }
        guard var element = map[name] else {
            try execution.checkCollectionCount(map.count + 1)
            var element = Value.null
            try assign(value, into: &element, along: keys)
            map[name] = element
            return
        }
        map[name] = Value.null
        defer { map[name] = element }
        try assign(value, into: &element, along: keys)
    }
}
