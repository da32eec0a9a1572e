import InstTransport

/// GoHighLevel (LeadConnector API v2) as the simulator answers it at its own paths (`/contacts/…`,
/// `/workflows/…`): every operation of the contacts and workflows specs is routed; the ones the
/// simulator implements reach their handler, the others answer 501 after the same checks.
///
/// Before a handler runs the request passes ``admit(_:)`` (a bearer token, the `Version` header),
/// the location's rate limits, then the spec's body and query rules (422 with class-validator's
/// messages). Successful answers carry a `traceId`.
enum HighLevelService {
    static let implemented: [Route<HighLevelLocation>] = contactRoutes + contactChildRoutes + workflowRoutes

    /// The spec's operations by route shape (`PUT /contacts/{}`).
    static let specs: [String: HighLevelOperation] = Dictionary(
        HighLevelSpec.operations.map { (Route<HighLevelLocation>.shapeKey($0.method, $0.path), $0) },
        uniquingKeysWith: { first, _ in first }
    )

    static let routes: RouteTable<HighLevelLocation> = {
        let done = Set(implemented.map(\.shapeKey))
        let missing = HighLevelSpec.operations.filter { !done.contains(Route<HighLevelLocation>.shapeKey($0.method, $0.path)) }
        return RouteTable(implemented + missing.map { operation in
            Route(HTTPMethod(rawValue: operation.method), operation.path, scopes: []) { _, _ throws(SimError) in
                throw HighLevelError.make(501, "\(operation.method) \(operation.path) is an operation of the official API that the inst simulator does not implement")
            }
        })
    }()

    /// Whether `path` is GoHighLevel's: everything outside Instantly's `/api/v2/`.
    static func owns(_ path: String) -> Bool {
        !(path.hasPrefix("/api/v2/") || path == "/api/v2")
    }

    /// The checks before the rate limits: any non-empty bearer token is a location token for
    /// `loc_northwind` (none: 401); a `Version` header must be there (400).
    static func admit(_ headers: HeaderFields) throws(SimError) {
        let parts = (headers["Authorization"] ?? "").split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].trimmingSpaces.isEmpty else {
            throw HighLevelError.make(401, "Invalid JWT")
        }
        // Any version is taken (the official Python SDK 3.x sends `v3`); only a missing one is refused.
        guard let version = headers["Version"], !version.trimmingSpaces.isEmpty else {
            throw HighLevelError.make(400, "Version header was not found")
        }
    }

    /// Routes, validates and answers one admitted request.
    static func handle(_ request: inout SimRequest, in location: inout HighLevelLocation) throws(SimError) -> SimResponse {
        guard case .found(let route, let parameters) = routes.lookup(request.method, path: request.path) else {
            throw HighLevelError.make(404, "Cannot \(request.method.rawValue) \(request.path)")
        }
        request.pathParameters = parameters
        if let spec = specs[route.shapeKey] { try validate(request, against: spec) }
        var response = try route.handler(&location, request)
        if (200..<300).contains(response.status), var body = response.body?.objectValue {
            body["traceId"] = .string(location.random.uuid())
            response.body = .object(body)
        }
        return response
    }

    /// The spec's rules: a body where one is required, its properties (422 listing every problem),
    /// the required query parameters, and `locationId` naming the one location (403 otherwise).
    static func validate(_ request: SimRequest, against spec: HighLevelOperation) throws(SimError) {
        if spec.body != nil, request.rawBody?.isEmpty == false, request.body?.objectValue == nil {
            throw HighLevelError.make(400, "Unexpected token in JSON body")
        }
        var problems = spec.query.filter { (request.queryValue($0) ?? "").isEmpty }.map { "\($0) should not be empty" }
        if spec.body != nil, spec.bodyRequired || request.body != nil { problems += spec.problems(in: request.bodyObject) }
        guard problems.isEmpty else { throw HighLevelError.unprocessable(problems) }
        let location = request.queryValue("locationId") ?? request.bodyObject["locationId"]?.stringValue
        if let location, location != HighLevelLocation.locationID {
            throw HighLevelError.make(403, "The token does not have access to this location.")
        }
    }

    /// `{succeded: true, succeeded: true}`: update, delete and workflow answers carry both spellings.
    static var succeeded: JSONObject { ["succeded": true, "succeeded": true] }
}
