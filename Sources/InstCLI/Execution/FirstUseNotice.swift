import InstTransport
import Synchronization

/// Says something once, when the first request passes: the notice that a run without
/// credentials uses the embedded simulator appears only if the script calls an API.
final class FirstUseNotice: TransportMiddleware {
    private let pending: Mutex<String?>
    private let say: @Sendable (String) -> Void

    init(_ message: String, say: @escaping @Sendable (String) -> Void) {
        self.pending = Mutex(message)
        self.say = say
    }

    func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        if let message = pending.withLock({ pending in defer { pending = nil }; return pending }) {
            say(message)
        }
        return try await next(request)
    }
}
