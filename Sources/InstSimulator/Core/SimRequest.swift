import InstTransport

/// One request as a route handler sees it: the matched path parameters, the query, the parsed body,
/// the calling key, and the simulator's current time.
public struct SimRequest: Sendable {
    public let method: HTTPMethod
    /// The path as requested: `/api/v2/campaigns/c1`.
    public let path: String
    /// Values of the route's `{name}` segments.
    public var pathParameters: [String: String] = [:]
    /// Every value of each query name, in order (`ids=a&ids=b`).
    public let query: [String: [String]]
    /// The query read against the operation's parameter schema (numbers and booleans coerced, lists
    /// where lists are wanted), as the service validated it; empty for operations without one.
    public var queryValues = JSONObject()
    public let headers: HeaderFields
    /// The raw body; `nil` when the request carried none.
    public let rawBody: [UInt8]?
    /// The parsed body; `nil` when there is none or it is not JSON (see ``rawBody``).
    public let body: JSON?
    /// The key the request was authorised with (the owner key or one made through `POST /api-keys`).
    public var key: APIKeyGrant = .owner
    /// Virtual time of the request.
    public var now: SimTime = SimTime(milliseconds: 0)

    public init(method: HTTPMethod, path: String, query: [QueryItem], headers: HeaderFields, body: [UInt8]?) {
        self.method = method
        self.path = path
        var grouped: [String: [String]] = [:]
        for item in query { grouped[item.name, default: []].append(item.value) }
        self.query = grouped
        self.headers = headers
        self.rawBody = body
        self.body = body.flatMap { $0.isEmpty ? nil : JSON(parsing: $0) }
    }

    /// A path parameter by name (empty when the route has none of that name).
    public func parameter(_ name: String) -> String {
        pathParameters[name] ?? ""
    }

    /// A query value read as an integer (`limit=10`).
    public func queryInt(_ name: String) -> Int? {
        queryValues[name]?.intValue ?? queryValue(name).flatMap { Int($0) }
    }

    /// The first query value for `name`.
    public func queryValue(_ name: String) -> String? {
        query[name]?.first
    }

    /// The body as an object (an empty one when the body is absent).
    public var bodyObject: JSONObject {
        body?.objectValue ?? JSONObject()
    }
}

/// Who is calling: the workspace owner's key (`all:all`) or a key with exactly its scopes.
public enum APIKeyGrant: Sendable, Equatable {
    case owner
    case scoped(id: String, scopes: [String])

    /// Whether the key holds any one of `scopes` (an empty list allows every key).
    public func allows(anyOf scopes: [String]) -> Bool {
        switch self {
        case .owner: true
        case .scoped(_, let granted): scopes.isEmpty || scopes.contains { granted.contains($0) }
        }
    }
}
