import InstTransport

/// Instantly API v2 as the simulator answers it: the route table and the checks every call passes.
///
/// Every operation of the official spec is routed: the ones the simulator implements reach their
/// handler; the others answer 501 after the same checks. Before a handler runs, the request is
/// authenticated, its key's scopes are checked against the spec's, its body is parsed as Fastify
/// does and it is validated against the spec's request schemas.
enum InstantlyService {
    static let implemented: [Route<InstantlyWorkspace>] =
        campaignRoutes + leadRoutes + leadListRoutes + apiKeyRoutes
            + accountRoutes + verificationRoutes + analyticsRoutes + emailRoutes
            + blockListRoutes + webhookRoutes + customTagRoutes + backgroundJobRoutes

    /// The spec's operations by route shape (`POST /api/v2/campaigns/{}/activate`).
    static let specs: [String: SpecOperation] = Dictionary(
        InstantlySpec.operations.map { (Route<InstantlyWorkspace>.shapeKey($0.method, $0.path), $0) },
        uniquingKeysWith: { first, _ in first }
    )

    /// Implemented routes, then a 501 route for every other operation of the spec.
    static let routes: RouteTable<InstantlyWorkspace> = {
        let done = Set(implemented.map(\.shapeKey))
        let missing = InstantlySpec.operations.filter { !done.contains(Route<InstantlyWorkspace>.shapeKey($0.method, $0.path)) }
        return RouteTable(implemented + missing.map(notImplementedRoute))
    }()

    static func handle(_ request: inout SimRequest, in workspace: inout InstantlyWorkspace) throws(SimError) -> SimResponse {
        request.key = try authenticate(request.headers, in: workspace)
        guard case .found(let route, let parameters) = routes.lookup(request.method, path: request.path) else {
            throw SimError.notFound("Route \(request.method.rawValue):\(request.path) not found")
        }
        request.pathParameters = parameters
        let spec = specs[route.shapeKey]
        try authorize(request.key, for: route, spec: spec)
        try checkBody(request)
        if let spec { try validate(&request, against: spec) }
        return try route.handler(&workspace, request)
    }

    /// A route that answers 501 for an operation of the spec the simulator does not implement.
    private static func notImplementedRoute(_ operation: SpecOperation) -> Route<InstantlyWorkspace> {
        Route(HTTPMethod(rawValue: operation.method), operation.path, scopes: operation.scopes) { _, request throws(SimError) in
            throw SimError.notImplemented(
                "\(operation.method) \(operation.path) is an operation of the official API that the inst simulator does not implement"
            )
        }
    }
}
