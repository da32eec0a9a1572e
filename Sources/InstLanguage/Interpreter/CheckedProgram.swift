/// A file that passed its check, ready to ``Interpreter/run(_:parameters:)``.
public struct CheckedProgram {
    public let file: SourceFile
    /// The `require` lines, for the host to check before anything runs.
    public let requirements: [Requirement]
    /// The `param`s, in order.
    public let parameters: [ScriptParameter]
    /// Problems that do not stop the program.
    public let warnings: [Diagnostic]
    let unit: CompiledUnit
    /// The `on EVENT { }` handlers, by event name (a handler of several names appears under each).
    var handlers: [String: EventHandler] = [:]
}

/// A `param name = default` of a script.
public struct ScriptParameter: Sendable {
    public let name: String
    /// The default when it is a constant; `nil` when there is none or it is computed.
    public let defaultValue: Value?
    /// Whether the script gives a default; a parameter without one must be set by the host.
    public let hasDefault: Bool
    public let span: SourceSpan
}
