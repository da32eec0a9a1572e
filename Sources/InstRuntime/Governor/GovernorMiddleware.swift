import InstTransport

/// Holds each request back as the ``RateGovernor`` says (sleeping on its clock), then feeds the
/// answer's rate hints back to it. Place it inside ``RetryMiddleware`` so every attempt is paced
/// and every 429 is seen: `[audit, retry, governor]`.
///
/// `observers` hear of every hold (not of zero waits), every release and every hold cut short,
/// for the audit log and progress lines; during a hold longer than `progressInterval` they hear
/// what is left after each interval.
public struct GovernorMiddleware<C: Clock>: TransportMiddleware where C.Duration == Duration {
    public let governor: RateGovernor<C>
    /// How often a long hold reports what is left (`nil`: one sleep, no reports).
    public let progressInterval: Duration?
    private let observers: [any GovernorObserver]

    public init(governor: RateGovernor<C>, observers: [any GovernorObserver] = [], progressInterval: Duration? = nil) {
        self.governor = governor
        self.observers = observers
        self.progressInterval = progressInterval.flatMap { $0 > .zero ? $0 : nil }
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
            for observer in observers { observer.governorHolds(request, for: wait) }
            do {
                try await hold(request, for: wait)
            } catch {
                for observer in observers { observer.governorDrops(request) }
                throw error
            }
        }
        for observer in observers { observer.governorReleases(request) }
        let response = try await next(request)
        try governor.observe(response, to: request)
        return response
    }

    /// Sleeps `wait`, in `progressInterval` steps towards one fixed end when there is an interval.
    private func hold(_ request: TransportRequest, for wait: Duration) async throws {
        guard let progressInterval, wait > progressInterval else { return try await governor.wait(wait) }
        let end = governor.timeline.now().addingSaturated(wait.nanoseconds)
        var remaining = wait
        while remaining > .zero {
            if remaining < wait {
                for observer in observers { observer.governorStillHolds(request, remaining: remaining) }
            }
            try await governor.wait(min(remaining, progressInterval))
            remaining = .nanoseconds(end - governor.timeline.now())
        }
    }
}
