/// What a built-in may use while it runs: the call site, output, limits, and calling blocks.
public struct CommandContext {
    /// The command's span in the source, for errors and plans (`file:line`).
    public let span: SourceSpan
    let interpreter: Interpreter

    init(span: SourceSpan, interpreter: Interpreter) {
        self.span = span
        self.interpreter = interpreter
    }

    /// The limits of the current run.
    public var limits: ExecutionLimits { interpreter.configuration.limits }

    /// Sends output to the host.
    public func emit(_ event: OutputEvent) {
        interpreter.configuration.output(event)
    }

    /// Runs a procedure or block with positional arguments (a block takes one: `$it`).
    public func call(_ callable: Callable, _ arguments: [Value]) throws -> Value {
        try interpreter.invoke(callable, arguments: arguments, at: span)
    }

    /// Throws the limit error if a string is over the size cap.
    public func checkSize(of string: String) throws {
        if string.utf8.count > limits.maxStringBytes {
            throw ScriptError.limit(.stringSize, "string of \(string.utf8.count) bytes exceeds the limit of \(limits.maxStringBytes)")
        }
    }

    /// Throws the limit error if a list or map would hold more than the cap.
    public func checkCount(_ count: Int) throws {
        if count > limits.maxCollectionCount {
            throw ScriptError.limit(.listSize, "collection of \(count) elements exceeds the limit of \(limits.maxCollectionCount)")
        }
    }

    /// Throws if the run was cancelled or ran out of time or steps; long-running built-ins call it as they loop.
    public func checkInterrupts() throws {
        try interpreter.checkInterrupts()
    }
}
