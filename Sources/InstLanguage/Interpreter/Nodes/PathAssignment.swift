/// `set name.field[index]… = value`, mutating in place: the variable's value is moved out of its
/// slot, changed along the path, and stored back. Missing map fields are created (a null on
/// the way becomes a map); a list index must exist.
final class PathStoreNode: StmtNode {
    enum Step {
        case field(String)
        case index(ExprNode)
    }

    /// A step with its index evaluated.
    fileprivate enum Key {
        case field(String)
        case index(Value)
    }

    /// A step as it is read on each run: an index through its operand.
    private enum StepReader {
        case field(String)
        case index(Operand)
    }

    let target: VariableSlot
    let name: String
    let path: [Step]
    let value: ExprNode
    let execution: Execution
    private let steps: [StepReader]
    private let valueOperand: Operand

    init(_ target: VariableSlot, name: String, path: [Step], value: ExprNode, execution: Execution, span: SourceSpan) {
        self.target = target
        self.name = name
        self.path = path
        self.value = value
        self.execution = execution
        steps = path.map { step in
            switch step {
            case .field(let name): .field(name)
            case .index(let node): .index(Operand(node))
            }
        }
        valueOperand = Operand(value)
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        // One step (the common case) needs no array of keys.
        let first = try key(steps[0], frame)
        var rest: [Key] = []
        if steps.count > 1 {
            rest.reserveCapacity(steps.count - 1)
            for step in steps.dropFirst() { rest.append(try key(step, frame)) }
        }
        let newValue = try valueOperand.eval(frame).memoizingStream()
        guard let slot = target.pointer(in: frame) else { throw VariableSlot.unset(name).at(span) }
        var current = slot.move()
        slot.initialize(to: .null)
        do {
            try assign(newValue, into: &current, at: first, then: rest[...])
        } catch {
            slot.pointee = current
            throw error.at(span)
        }
        target.store(current, in: frame)
        return .next
    }

    private func key(_ step: StepReader, _ frame: Frame) throws(ScriptError) -> Key {
        switch step {
        case .field(let name): .field(name)
        case .index(let operand): .index(try operand.eval(frame))
        }
    }

    /// Sets `value` at `key`, then `rest`, inside `container`; on error `container` keeps its value.
    private func assign(_ value: Value, into container: inout Value, at key: Key, then rest: ArraySlice<Key>) throws(ScriptError) {
        if case .stream = container { container = try execution.materialize(container) }
        switch key {
        case .field(let name), .index(.string(let name)):
            try assign(value, into: &container, field: name, then: rest)
        case .index(.int(let position)):
            guard case .list(var elements) = container else {
                throw ScriptError.runtime("cannot set an element of a \(container.typeName) by int")
            }
            let index = try Value.checkedPosition(position, count: elements.count)
            container = .null
            defer { container = .list(elements) }
            try assign(value, into: &elements[index], then: rest)
        case .index(let index):
            throw ScriptError.runtime("cannot set an element of a \(container.typeName) by \(index.typeName)")
        }
    }

    /// Sets `value` in `element`, or further along `rest`.
    private func assign(_ value: Value, into element: inout Value, then rest: ArraySlice<Key>) throws(ScriptError) {
        guard let next = rest.first else {
            element = value
            return
        }
        try assign(value, into: &element, at: next, then: rest.dropFirst())
    }

    /// Sets a map field (creating it, and the map when `container` is null), then the rest of the path in it.
    private func assign(_ value: Value, into container: inout Value, field name: String, then rest: ArraySlice<Key>) throws(ScriptError) {
        var map = ValueMap()
        switch container {
        case .map(let existing): map = existing
        case .null: break
        default: throw ScriptError.runtime("cannot set field '\(name)' on a \(container.typeName)")
        }
        container = .null
        defer { container = .map(map) }
        let countBefore = map.count
        var failure: ScriptError?
        if rest.isEmpty {
            // The last step: a plain store, one lookup.
            map[name] = value
        } else {
            map.modify(name) { element in
                do throws(ScriptError) {
                    try assign(value, into: &element, then: rest)
                } catch {
                    failure = error
                }
            }
        }
        if failure == nil, map.count > countBefore {
            do throws(ScriptError) {
                try execution.checkCollectionCount(map.count)
            } catch {
                failure = error
            }
        }
        if let failure {
            if map.count > countBefore { map.removeValue(forKey: name) }
            throw failure
        }
    }
}
