import InstTransport

/// Holds each request back as the ``RateGovernor`` says (sleeping on its clock), then feeds the
/// answer's rate hints back to it. Place it inside ``RetryMiddleware`` so every attempt is paced
/// and every 429 is seen: `[audit, retry, governor]`.
///
/// `onWait` hears of every wait imposed (not of zero waits), for the audit log and progress lines.
public struct GovernorMiddleware<C: Clock>: TransportMiddleware where C.Duration == Duration {
    public let governor: RateGovernor<C>
    private let onWait: @Sendable (TransportRequest, Duration) -> Void

    public init(governor: RateGovernor<C>, onWait: @escaping @Sendable (TransportRequest, Duration) -> Void = { _, _ in }) {
        self.governor = governor
        self.onWait = onWait
    }

    /// Throws ``TransportError/timeout(after:)`` without sending when the wait would pass the
    /// request's deadline (the slot stays spent), ``TransportError/cancelled`` when the task is
    /// cancelled during the wait, and ``GovernorStoreError`` when the shared state cannot be used.
    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let wait = try governor.reserve(for: request)
        if wait > .zero {
            if request.deadlinePasses(after: wait) { throw TransportError.timeout(after: wait) }
            onWait(request, wait)
            try await governor.wait(wait)
        }
        let response = try await next(request)
        try governor.observe(response, to: request)
        return response
    }
}
