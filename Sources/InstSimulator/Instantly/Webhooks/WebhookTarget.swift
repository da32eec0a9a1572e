/// A subscription's `target_hook_url` as delivery needs it: the origin that names the transport's
/// service, the path (and query) the POST goes to, and whether the host is this machine.
///
///     WebhookTarget(url: "http://127.0.0.1:4011/hooks?x=1")  // origin http://127.0.0.1:4011, path /hooks?x=1
struct WebhookTarget: Equatable {
    /// `scheme://host[:port]` as written in the URL: `http://127.0.0.1:4011`.
    let origin: String
    /// The host, lowercased and without IPv6 brackets: `127.0.0.1`, `::1`, `localhost`.
    let host: String
    /// The path and query as written, at least `/`; a fragment is dropped.
    let path: String

    /// The hosts the simulator delivers to: it never sends to another machine.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "::1", "localhost"]

    /// `nil` unless `url` is `http(s)://host[:port][/path][?query]` with no user info.
    init?(url: String) {
        guard let scheme = ["http://", "https://"].first(where: { url.lowercased().hasPrefix($0) }) else { return nil }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@"), let host = Self.host(of: authority) else { return nil }
        let tail = rest[authority.endIndex...].prefix { $0 != "#" }
        origin = String(url.prefix(scheme.count)) + authority
        self.host = host.lowercased()
        path = tail.hasPrefix("/") ? String(tail) : "/" + tail
    }

    /// Whether the host is one of ``loopbackHosts``.
    var isLoopback: Bool { Self.loopbackHosts.contains(host) }

    /// `[::1]:8080` → `::1`, `localhost:80` → `localhost`; `nil` for a malformed port or bracket.
    private static func host(of authority: Substring) -> Substring? {
        var host = authority, port: Substring = ""
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[authority.index(after: authority.startIndex)..<close]
            port = authority[authority.index(after: close)...]
            guard port.isEmpty || port.hasPrefix(":") else { return nil }
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            port = authority[colon...]
        }
        let digits = port.dropFirst()
        guard !host.isEmpty, port.isEmpty || (!digits.isEmpty && digits.count <= 5 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber))
        else { return nil }
        return host
    }
}
