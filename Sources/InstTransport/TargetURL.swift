/// An `http(s)` URL split as a request to it needs it: the origin that names the transport's
/// service, the path (and query) to send to, and whether the host is this machine — for webhook
/// targets, which the simulator delivers to and `inst serve --register` points Instantly at.
///
///     TargetURL(url: "http://127.0.0.1:4011/hooks?x=1")  // origin http://127.0.0.1:4011, path /hooks?x=1
public struct TargetURL: Equatable, Sendable {
    /// `scheme://host[:port]` as written in the URL: `http://127.0.0.1:4011`.
    public let origin: String
    /// The host, lowercased and without IPv6 brackets: `127.0.0.1`, `::1`, `localhost`.
    public let host: String
    /// The path and query as written, at least `/`; a fragment is dropped.
    public let path: String

    /// `nil` unless `url` is `http(s)://host[:port][/path][?query]` with no user info.
    public init?(url: String) {
        guard let scheme = ["http://", "https://"].first(where: { url.lowercased().hasPrefix($0) }) else { return nil }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.contains("@"), let host = Self.host(of: authority) else { return nil }
        let tail = rest[authority.endIndex...].prefix { $0 != "#" }
        origin = String(url.prefix(scheme.count)) + authority
        self.host = host.lowercased()
        path = tail.hasPrefix("/") ? String(tail) : "/" + tail
    }

    /// Whether the host is this machine: `localhost`, `::1`, or an IPv4 address in 127.0.0.0/8.
    public var isLoopback: Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127"
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) && Int($0).map { $0 <= 255 } == true }
    }

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
