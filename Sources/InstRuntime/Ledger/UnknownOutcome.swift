import InstLanguage
import InstTransport

/// The catchable error of a write that may have landed and could not be checked: `code`
/// `unknown_outcome`, with the same fields as other API errors (status, message, hint, …).
public enum UnknownOutcome {
    public static let code = "unknown_outcome"

    /// The error for `request`, which got `reason` (`no answer within 30s…`, `HTTP 502`) and whose
    /// effect could not be read back (`check` says why). `runID` is what to resume.
    public static func error(_ request: TransportRequest, reason: String, check: String, runID: String) -> ScriptError {
        let place = "\(request.method.rawValue) \(request.path)"
        let message = "\(place): \(reason); the write may have been delivered, so inst will not send it again (\(check))"
        let hint = "check in the service whether it took effect, then rerun with `inst run --resume \(runID) …`: "
            + "writes the run already confirmed are answered from the audit log, not sent again"
        let payload = Value.map(ValueMap([
            ("status", .null), ("code", .string(code)), ("message", .string(message)), ("hint", .string(hint)),
            ("retryable", .bool(false)), ("method", .string(request.method.rawValue)), ("path", .string(request.path)),
        ]))
        return .failure(message, payload: payload)
    }

    /// Whether `error` is the one ``error(_:reason:check:runID:)`` makes.
    public static func matches(_ error: any Error) -> Bool {
        guard let error = error as? ScriptError, case .map(let map) = error.payload else { return false }
        return map["code"] == .string(code)
    }
}
