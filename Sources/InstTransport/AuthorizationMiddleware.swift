/// Adds `Authorization: Bearer <token>` for the request's service.
///
/// The token comes from `tokens` at each request, so a key can change between calls. A service
/// without a token is sent as it is: the service answers 401, which the binding explains. The
/// token is held as a ``Secret`` and never appears in a description or an error.
///
///     let auth = AuthorizationMiddleware(tokens: [.instantly: Secret(key)])
public struct AuthorizationMiddleware: TransportMiddleware {
    private let tokens: @Sendable (ServiceName) -> Secret?

    /// Tokens looked up per request.
    public init(tokens: @escaping @Sendable (ServiceName) -> Secret?) {
        self.tokens = tokens
    }

    /// A fixed token per service.
    public init(tokens: [ServiceName: Secret]) {
        self.init { tokens[$0] }
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        guard let token = tokens(request.service), !token.isEmpty else { return try await next(request) }
        var request = request
        request.headers["Authorization"] = "Bearer " + token.reveal()
        return try await next(request)
    }
}
