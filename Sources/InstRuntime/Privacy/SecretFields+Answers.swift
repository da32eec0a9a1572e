import InstTransport

extension SecretFields {
    /// The request whose answer the layers inside an ``AnsweringScope`` are handling: an audit
    /// layer that sees only an answer's bytes reads it to know which fields are secret there
    /// (the `key` of a new API key).
    @TaskLocal public static var answering: TransportRequest?

    /// A layer that sets ``answering`` to each request while the layers inside it handle it.
    /// Place it right outside the ``AuditMiddleware`` whose `redactAnswer` calls ``redactAnswer(_:)``.
    public struct AnsweringScope: TransportMiddleware {
        public init() {}

        public func intercept(
            _ request: TransportRequest,
            next: @Sendable (TransportRequest) async throws -> TransportResponse
        ) async throws -> TransportResponse {
            try await SecretFields.$answering.withValue(request) { try await next(request) }
        }
    }

    /// `body`, an answer the current ``AnsweringScope`` is handling, with its secrets replaced.
    @Sendable public static func redactAnswer(_ body: [UInt8]) -> [UInt8] {
        redact(json: body, answering: answering)
    }
}
