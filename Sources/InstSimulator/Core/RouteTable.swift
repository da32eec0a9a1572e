import InstTransport

/// Routes indexed for lookup: by method, then by segment count.
struct RouteTable<State>: Sendable {
    private var routes: [HTTPMethod: [Int: [Route<State>]]] = [:]

    init(_ routes: [Route<State>]) {
        // Literal segments win over parameters: `/campaigns/analytics` before `/campaigns/{id}`.
        let ordered = routes.enumerated().sorted { ($0.element.parameterCount, $0.offset) < ($1.element.parameterCount, $1.offset) }
        for route in ordered.map(\.element) {
            self.routes[route.method, default: [:]][route.segments.count, default: []].append(route)
        }
    }

    enum Lookup {
        case found(Route<State>, [String: String])
        /// The path exists with other methods.
        case methodNotAllowed
        case notFound
    }

    func lookup(_ method: HTTPMethod, path: String) -> Lookup {
        let parts = path.split(separator: "/")
        for route in routes[method]?[parts.count] ?? [] {
            if let parameters = route.match(parts) { return .found(route, parameters) }
        }
        for (_, bySize) in routes {
            for route in bySize[parts.count] ?? [] where route.match(parts) != nil { return .methodNotAllowed }
        }
        return .notFound
    }
}
