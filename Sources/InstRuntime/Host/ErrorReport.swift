import InstLanguage

/// Errors from checking and running, as the user reads them: `file:line:col: error: …`, the
/// source line with a caret, then the call stack and the hint as notes.
public enum ErrorReport {
    public static func rendered(_ error: any Error) -> String {
        switch error {
        case let error as DiagnosticsError:
            return error.rendered()
        case let error as ScriptError:
            return error.rendered()
        case let error as HostError:
            return "error: \(error.description)\n"
        default:
            return "error: \(error)\n"
        }
    }
}

extension Error {
    /// The message of a script error, or the error's description.
    var scriptMessage: String {
        (self as? ScriptError)?.message ?? "\(self)"
    }
}
