/// Code that runs around every request: rate governing, audit, retries, dry-run planning.
///
/// A middleware may change the request before passing it on, change or inspect the response,
/// retry by calling `next` again, or answer by itself without calling `next` at all.
public protocol TransportMiddleware: Sendable {
    /// Handles `request`, usually by calling `next` (the rest of the chain) once.
    func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse
}
