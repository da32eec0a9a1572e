/// What a built-in may use while it runs: the call site, output, limits, and calling blocks.
public struct CommandContext {
    /// The command's span in the source, for errors and plans (`file:line`).
    public let span: SourceSpan
    let execution: Execution

    init(span: SourceSpan, execution: Execution) {
        self.span = span
        self.execution = execution
    }

    /// A context outside any node, for calling a command directly (tests, the host).
    init(span: SourceSpan, interpreter: Interpreter) {
        self.init(span: span, execution: interpreter.execution)
    }

    /// The limits of the current run.
    public var limits: ExecutionLimits { execution.limits }

    /// Sends output to the host.
    public func emit(_ event: OutputEvent) {
        execution.configuration.output(event)
    }

    /// Runs a procedure or block with positional arguments (a block takes one: `$it`).
    /// Counts toward the call depth; errors come back with their place in the script.
    public func call(_ callable: Callable, _ arguments: [Value]) throws -> Value {
        try callable.body.invoke(arguments, at: span)
    }

    /// Runs a procedure or block with one argument: what `where`, `map` and `each` do per row
    /// (cheaper than building an array for each call).
    public func call(_ callable: Callable, with argument: Value) throws -> Value {
        try callable.body.invoke(with: argument, at: span)
    }

    /// Throws the limit error if a string is over the size cap.
    public func checkSize(of string: String) throws {
        try execution.checkStringBytes(string.utf8.count)
    }

    /// Throws the limit error if a list or map would hold more than the cap.
    public func checkCount(_ count: Int) throws {
        try execution.checkCollectionCount(count)
    }

    /// Throws if the run was cancelled or ran out of time; long-running built-ins call it as they loop.
    public func checkInterrupts() throws {
        try execution.checkClockAndCancellation()
    }
}
