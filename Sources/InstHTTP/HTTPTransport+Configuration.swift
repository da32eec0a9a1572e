import InstTransport

extension HTTPTransport {
    /// Where each service lives and how long and how much the transport waits for.
    public struct Configuration: Sendable {
        /// The base URL per service: `https://api.instantly.ai`. A request's target is appended, so
        /// a base URL may carry a path prefix (`http://127.0.0.1:8080/proxy`).
        public var baseURLs: [ServiceName: String]
        /// How long a request may take when it has no deadline of its own.
        public var defaultTimeout: Duration
        /// How long connecting may take (within the request's deadline).
        public var connectTimeout: Duration
        /// The largest response body accepted, in bytes; a larger one is ``TransportError/bodyTooLarge(limit:)``.
        public var maxResponseBytes: Int
        /// How long an idle kept-alive connection stays open.
        public var idleTimeout: Duration

        public init(
            baseURLs: [ServiceName: String] = Configuration.defaultBaseURLs,
            defaultTimeout: Duration = .seconds(30),
            connectTimeout: Duration = .seconds(10),
            maxResponseBytes: Int = 32 << 20,
            idleTimeout: Duration = .seconds(60)
        ) {
            self.baseURLs = baseURLs
            self.defaultTimeout = defaultTimeout
            self.connectTimeout = connectTimeout
            self.maxResponseBytes = maxResponseBytes
            self.idleTimeout = idleTimeout
        }

        /// The services' public endpoints.
        public static let defaultBaseURLs: [ServiceName: String] = [
            .instantly: "https://api.instantly.ai",
            .highLevel: "https://services.leadconnectorhq.com",
        ]
    }
}

/// A base URL split into what the transport needs: the prefix requests are appended to and the
/// `host:port` that error messages name.
struct Endpoint: Sendable, Equatable {
    /// The base URL without a trailing slash.
    let prefix: String
    /// `api.instantly.ai:443`.
    let authority: String

    /// `nil` unless `baseURL` is an `http` or `https` URL with a host.
    init?(baseURL: String) {
        let lowered = baseURL.lowercased()
        let scheme: String, defaultPort: String
        if lowered.hasPrefix("https://") { (scheme, defaultPort) = ("https://", "443") }
        else if lowered.hasPrefix("http://") { (scheme, defaultPort) = ("http://", "80") }
        else { return nil }
        var prefix = baseURL[...]
        while prefix.hasSuffix("/") { prefix = prefix.dropLast() }
        let rest = prefix.dropFirst(scheme.count)
        let hostAndPort = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !hostAndPort.isEmpty, !hostAndPort.contains("@"), hostAndPort.count == rest.count || rest[hostAndPort.endIndex] == "/"
        else { return nil }
        let hasPort = hostAndPort.last != "]" && hostAndPort.contains(":")
        self.prefix = String(prefix)
        self.authority = hasPort ? String(hostAndPort) : "\(hostAndPort):\(defaultPort)"
    }
}
