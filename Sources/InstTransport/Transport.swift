/// The seam every API call crosses: one request in, one response out.
///
/// Live HTTP, the in-process simulator and dry-run planning are transports; rate governing,
/// audit and retries are ``TransportMiddleware`` composed around one with ``MiddlewareTransport``.
///
/// A transport answers every HTTP status with a ``TransportResponse`` (a 404 or a 429 is an
/// answer, not an error); it throws only when there is no answer to give, usually a
/// ``TransportError``.
public protocol Transport: Sendable {
    /// Sends `request` and returns the service's answer.
    func send(_ request: TransportRequest) async throws -> TransportResponse

    /// Where a blocking caller should run its sending task (see `Transport+Executor.swift`).
    var preferredExecutor: (any TaskExecutor)? { get }
}
