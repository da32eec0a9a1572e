/// One API call, as every transport and middleware sees it.
public struct TransportRequest: Sendable, Equatable {
    public var service: ServiceName
    public var method: HTTPMethod
    /// The catalog's path, placeholders and all; what rate groups and the audit log key on.
    public var pathTemplate: PathTemplate
    /// The path actually requested, relative to the service's base URL: `/api/v2/campaigns/c1/activate`.
    public var path: String
    /// Query items in order; a name may repeat.
    public var query: [QueryItem]
    public var headers: HeaderFields
    /// The body bytes; `nil` sends no body (and no `Content-Type`, law 8).
    public var body: [UInt8]?
    /// The catalog's name for the operation: `instantly.campaigns.activate`.
    public var operationID: String
    public var effect: RequestEffect
    /// When the caller stops waiting; `nil` leaves it to the transport's default.
    public var deadline: ContinuousClock.Instant?

    public init(
        service: ServiceName,
        method: HTTPMethod,
        pathTemplate: PathTemplate,
        path: String? = nil,
        query: [QueryItem] = [],
        headers: HeaderFields = HeaderFields(),
        body: [UInt8]? = nil,
        operationID: String,
        effect: RequestEffect,
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.service = service
        self.method = method
        self.pathTemplate = pathTemplate
        self.path = path ?? pathTemplate.rawValue
        self.query = query
        self.headers = headers
        self.body = body
        self.operationID = operationID
        self.effect = effect
        self.deadline = deadline
    }

    /// Whether waiting `wait` before sending would reach the request's deadline (never, without one):
    /// what retry and rate-governing layers ask before they wait.
    public func deadlinePasses(after wait: Duration) -> Bool {
        deadline.map { ContinuousClock.now.advanced(by: wait) >= $0 } ?? false
    }

    /// The path and query string as they go on the request line: `/api/v2/emails?limit=10&tag=a&tag=b`.
    public var target: String {
        query.isEmpty ? path : path + "?" + query.percentEncoded
    }
}
