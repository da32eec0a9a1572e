import InstTransport

/// A named budget and the requests it applies to.
public struct RateBucketDefinition: Sendable, Equatable {
    /// Which requests spend from a bucket.
    public enum Scope: Sendable, Equatable {
        /// Every request to the service.
        case service(ServiceName)
        /// One operation: method and path template.
        case endpoint(ServiceName, HTTPMethod, PathTemplate)
        /// Every request whose path template starts with the prefix (`/oauth/`).
        case pathPrefix(ServiceName, String)

        func matches(_ request: TransportRequest) -> Bool {
            switch self {
            case .service(let service):
                request.service == service
            case .endpoint(let service, let method, let path):
                request.service == service && request.method == method && request.pathTemplate == path
            case .pathPrefix(let service, let prefix):
                request.service == service && request.pathTemplate.rawValue.hasPrefix(prefix)
            }
        }

        /// The service whose requests the scope covers.
        public var service: ServiceName {
            switch self {
            case .service(let service), .endpoint(let service, _, _), .pathPrefix(let service, _): service
            }
        }

        /// Whether the scope is one endpoint group rather than the whole service.
        var isGroup: Bool {
            if case .service = self { false } else { true }
        }
    }

    /// Response headers that say the budget is spent: `remaining` reads `0`, and `reset` says for
    /// how long, in `resetUnit`s (`nil`: the governor's longest hint wait).
    public struct Hint: Sendable, Equatable {
        public var remaining: String
        public var reset: String?
        public var resetUnit: Duration

        public init(remaining: String, reset: String? = nil, resetUnit: Duration = .seconds(1)) {
            self.remaining = remaining
            self.reset = reset
            self.resetUnit = resetUnit
        }
    }

    /// The `--rate` name: `instantly`, `instantly.emails`.
    public var name: String
    public var scope: Scope
    public var limit: RateLimit
    public var hint: Hint?

    public init(name: String, scope: Scope, limit: RateLimit, hint: Hint? = nil) {
        self.name = name
        self.scope = scope
        self.limit = limit
        self.hint = hint
    }
}
