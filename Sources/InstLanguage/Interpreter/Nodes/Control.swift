/// `if c { } else if c { } else { }`
final class IfNode: StmtNode {
    /// Keeps the condition nodes alive.
    private let conditionNodes: [ExprNode]
    private let conditions: [Condition]
    /// One body per condition, then the `else` body (empty when there is none).
    private let bodies: UnmanagedNodes<Body>

    init(conditions: [ExprNode], bodies: [Body], elseBody: Body, span: SourceSpan) {
        conditionNodes = conditions
        self.conditions = conditions.map(Condition.init)
        self.bodies = UnmanagedNodes(bodies + [elseBody])
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        for index in conditions.indices where try conditions[index].test(frame) {
            return try bodies.references[index].run(frame)
        }
        return try bodies.references[conditions.count].run(frame)
    }
}

/// `while c { }`: each iteration is a step.
final class WhileNode: StmtNode {
    let condition: ExprNode
    let body: Body
    let execution: Execution
    private let test: Condition

    init(condition: ExprNode, body: Body, execution: Execution, span: SourceSpan) {
        self.condition = condition
        self.body = body
        self.execution = execution
        test = Condition(condition)
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        while try test.test(frame) {
            try execution.tick()
            switch try body.run(frame) {
            case .next, .continueLoop: continue
            case .breakLoop: return .next
            case .returned: return .returned
            }
        }
        return .next
    }
}

/// `for x in seq { }` over a list, a stream (pulled lazily) or a map (`{key:, value:}` entries).
final class ForNode: StmtNode {
    let variable: Int
    let sequence: ExprNode
    let body: Body
    let execution: Execution

    init(variable: Int, sequence: ExprNode, body: Body, execution: Execution, span: SourceSpan) {
        self.variable = variable
        self.sequence = sequence
        self.body = body
        self.execution = execution
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        let value = try sequence.eval(frame)
        var flow = Flow.next
        switch value {
        case .list(let elements):
            for var element in elements {
                if try !iterate(&element, frame, &flow) { break }
            }
        case .stream(let stream):
            var cursor = stream.makeCursor()
            while var element = try execution.next(from: &cursor) {
                if try !iterate(&element, frame, &flow) { break }
            }
        case .map(let map):
            for (key, value) in map.entries {
                var entry = Value.map(ValueMap([("key", .string(key)), ("value", value)]))
                if try !iterate(&entry, frame, &flow) { break }
            }
        default:
            throw ScriptError.runtime("cannot loop over a \(value.typeName)", hint: "for loops over a list, a stream or a map")
                .at(sequence.span)
        }
        return flow
    }

    /// Runs one iteration with `element` in the loop variable; `false` stops the loop (`break`
    /// or `return`, which `flow` passes on). The element is swapped into the variable's slot
    /// rather than copied, and `element` takes the slot's previous value away.
    @inline(__always)
    private func iterate(_ element: inout Value, _ frame: Frame, _ flow: inout Flow) throws(ScriptError) -> Bool {
        swap(&element, &frame.slots[variable])
        try execution.tick()
        switch try body.run(frame) {
        case .next, .continueLoop: return true
        case .breakLoop: return false
        case .returned:
            flow = .returned
            return false
        }
    }
}

/// `try { } catch err { }`: catches runtime errors and failures; limit, policy and
/// cancellation errors pass through. `$err` is the payload map plus `line`.
final class TryNode: StmtNode {
    let body: Body
    let errorSlot: Int
    let handler: Body

    init(body: Body, errorSlot: Int, handler: Body, span: SourceSpan) {
        self.body = body
        self.errorSlot = errorSlot
        self.handler = handler
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        do {
            return try body.run(frame)
        } catch {
            guard error.isCatchable else { throw error }
            frame.slots[errorSlot] = error.caughtValue
            return try handler.run(frame)
        }
    }
}

extension ScriptError {
    /// What `catch err` binds: the payload map (a non-map payload under `value`) plus `line`.
    var caughtValue: Value {
        var map: ValueMap
        if case .map(let payload) = payload {
            map = payload
        } else {
            map = ValueMap([("message", .string(message)), ("value", payload)])
        }
        if let span { map["line"] = .string(span.fileAndLine) }
        return .map(map)
    }
}
