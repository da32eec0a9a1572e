import InstTransport

/// The request limits a workspace answers 429 beyond: Instantly documents about 100 requests a
/// second and 6,000 a minute per workspace, 20 a minute for `GET /api/v2/emails` and 10 a minute
/// for `POST /api/v2/emails/test`.
public struct RateLimits: Sendable {
    /// A cap on one operation, per minute.
    public struct EndpointCap: Sendable {
        public var method: HTTPMethod
        public var path: String
        public var perMinute: Int

        public init(_ method: HTTPMethod, _ path: String, perMinute: Int) {
            self.method = method
            self.path = path
            self.perMinute = perMinute
        }
    }

    public var perSecond: Int?
    public var perMinute: Int?
    public var endpointCaps: [EndpointCap]

    public init(perSecond: Int?, perMinute: Int?, endpointCaps: [EndpointCap] = []) {
        self.perSecond = perSecond
        self.perMinute = perMinute
        self.endpointCaps = endpointCaps
    }

    /// The documented limits.
    public static let documented = RateLimits(perSecond: 100, perMinute: 6000, endpointCaps: [
        EndpointCap(.get, "/api/v2/emails", perMinute: 20),
        EndpointCap(.post, "/api/v2/emails/test", perMinute: 10),
    ])

    /// No limits (benchmarks).
    public static let unlimited = RateLimits(perSecond: nil, perMinute: nil)
}
