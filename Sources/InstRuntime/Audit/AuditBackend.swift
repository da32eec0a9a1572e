/// What an audit record's `backend` field holds: where a call went, so runs against a simulator
/// do not count toward the per-day caps of runs against the real service.
public enum AuditBackend {
    /// The embedded simulator (`--sim`, or no credentials).
    public static let simulator = "sim"

    /// The origin of `baseURL`: its scheme, host and port, lowercased, without user information,
    /// path, query or fragment (`https://api.instantly.ai`, `http://127.0.0.1:4010`), so nothing
    /// a URL may carry besides where it points (a token in a path or a query) reaches the log.
    public static func origin(ofBaseURL baseURL: String) -> String {
        let text = Substring(baseURL.lowercased())
        let scheme = text.range(of: "://").map { text[..<$0.upperBound] } ?? ""
        let rest = text.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        return String(scheme + host)
    }
}
