/// A message about a place in the source: a syntax error, a check failure, a runtime error.
public struct Diagnostic: Sendable, Error {
    public enum Severity: String, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    public var span: SourceSpan
    /// Extra lines printed after the source excerpt ("did you mean …", "in proc 'x' called at …").
    public var notes: [String]

    public init(_ severity: Severity = .error, _ message: String, at span: SourceSpan, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
    }

    public static func error(_ message: String, at span: SourceSpan, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: span, notes: notes)
    }

    public static func warning(_ message: String, at span: SourceSpan, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: span, notes: notes)
    }
}

/// One or more diagnostics that stop a program from being checked or run.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
