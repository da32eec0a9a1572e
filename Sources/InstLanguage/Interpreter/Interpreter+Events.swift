extension CheckedProgram {
    /// The events the program's `on EVENT { }` handlers accept, sorted.
    public var eventNames: [String] { handlers.keys.sorted() }

    /// The handlers by event name, as values a host may inspect (a handler of several names
    /// appears under each). Run them with ``Interpreter/handle(_:payload:in:)``.
    public var eventHandlers: [String: Callable] { handlers.mapValues(\.procedure.callable) }
}

extension Interpreter {
    /// Runs the program's handler for `event` with `payload` bound to `$event`, after
    /// ``run(_:parameters:)`` ran its top level (handlers see its globals). Each call gets a
    /// fresh step and time budget. Returns `false` (running nothing) when no handler accepts it.
    /// Call it on the interpreter's thread, one event at a time.
    @discardableResult
    public func handle(_ event: String, payload: Value, in program: CheckedProgram) throws(ScriptError) -> Bool {
        guard let handler = program.handlers[event] else { return false }
        guard program.unit.body.execution === execution else {
            throw ScriptError.runtime("this program was checked by another interpreter", hint: "run it on the one that checked it")
        }
        execution.begin(hostParameters: execution.hostParameters)
        _ = try execution.materialize(try handler.procedure.call([payload], at: handler.span))
        return true
    }
}

/// An `on EVENT { }` handler: its body as a procedure of `event`, and the event name as written,
/// which errors name as the call site.
struct EventHandler {
    let procedure: Procedure
    let span: SourceSpan
}
