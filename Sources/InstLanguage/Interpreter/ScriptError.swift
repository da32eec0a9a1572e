/// An error raised while a program runs: from the interpreter, a built-in, `fail`, or a limit.
///
/// `try … catch err` binds ``payload`` (a map with at least `message`); limit, policy and
/// cancellation errors cannot be caught.
public struct ScriptError: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A type error, a missing key used as a number, division by zero, …
        case runtime
        /// `fail …`, or an error value a host command raised (API errors).
        case failure
        /// A limit of the run was reached.
        case limit(Limit)
        /// The host's policy refused the operation (sandbox, scopes).
        case policy
        /// The host cancelled the run (Ctrl-C).
        case cancelled
    }

    public enum Limit: String, Sendable {
        case steps = "step budget"
        case callDepth = "call depth"
        case deadline = "time limit"
        case stringSize = "string size"
        case listSize = "list size"
        /// A host-defined cap (API calls per run, writes per run, …).
        case host = "run limit"
    }

    public var kind: Kind
    public var message: String
    /// The value `catch err` binds: a map with `message` and, for API errors, `status`, `code`, `hint`, `retryable`.
    public var payload: Value
    /// Where it happened; the interpreter fills it in from the innermost call or expression.
    public var span: SourceSpan?
    /// The `.inst` frames active when it was raised, innermost first.
    public var stack: [StackFrame]

    public init(kind: Kind, message: String, payload: Value? = nil, span: SourceSpan? = nil, stack: [StackFrame] = []) {
        self.kind = kind
        self.message = message
        self.payload = payload ?? ["message": .string(message)]
        self.span = span
        self.stack = stack
    }

    /// A catchable runtime error. `hint` is added to the payload and printed as a note.
    public static func runtime(_ message: String, hint: String? = nil) -> ScriptError {
        var payload: ValueMap = ValueMap([("message", .string(message))])
        if let hint { payload["hint"] = .string(hint) }
        return ScriptError(kind: .runtime, message: message, payload: .map(payload))
    }

    /// A catchable error carrying a value (an API error map, or what `fail` was given).
    public static func failure(_ message: String, payload: Value) -> ScriptError {
        ScriptError(kind: .failure, message: message, payload: payload)
    }

    /// An uncatchable refusal by the host's policy (exit code 3).
    public static func policy(_ message: String, hint: String? = nil) -> ScriptError {
        var error = ScriptError.runtime(message, hint: hint)
        error.kind = .policy
        return error
    }

    /// An uncatchable limit error (exit code 3).
    public static func limit(_ limit: Limit, _ message: String) -> ScriptError {
        ScriptError(kind: .limit(limit), message: message)
    }

    /// Whether `try … catch` may handle it.
    public var isCatchable: Bool {
        switch kind {
        case .runtime, .failure: true
        case .limit, .policy, .cancelled: false
        }
    }

    /// The hint from the payload, if any.
    public var hint: String? {
        if case .map(let map) = payload, case .string(let hint)? = map["hint"] { return hint }
        return nil
    }
}

/// One active procedure call, for error traces.
public struct StackFrame: Sendable {
    /// The procedure's name (`lifecycle.launch`, `percent`).
    public var name: String
    /// Where it was called from.
    public var callSite: SourceSpan

    public init(name: String, callSite: SourceSpan) {
        self.name = name
        self.callSite = callSite
    }
}
