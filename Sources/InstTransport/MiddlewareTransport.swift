/// A transport that runs a request through middleware around a base transport.
///
/// The first middleware is the outermost: it sees the request first and the response last.
///
///     let transport = MiddlewareTransport(live, middleware: [audit, retry, governor])
public struct MiddlewareTransport: Transport {
    public let base: any Transport
    public let middleware: [any TransportMiddleware]

    public init(_ base: any Transport, middleware: [any TransportMiddleware]) {
        self.base = base
        self.middleware = middleware
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        try await send(request, through: middleware[...])
    }

    public var preferredExecutor: (any TaskExecutor)? { base.preferredExecutor }

    private func send(
        _ request: TransportRequest,
        through chain: ArraySlice<any TransportMiddleware>
    ) async throws -> TransportResponse {
        guard let outer = chain.first else { return try await base.send(request) }
        let inner = chain.dropFirst()
        return try await outer.intercept(request) { try await send($0, through: inner) }
    }
}
