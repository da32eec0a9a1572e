/// When a request may be sent again and how long to wait first. Pure: the middleware supplies
/// the clock and the random source.
///
/// - A 429 is retried for any request: the service refused it unprocessed.
/// - A 408, 500, 502, 503 or 504, a timeout or a connection fault is retried only when the
///   request is safe to repeat (``isSafeToRepeat(_:)``): a write may have landed, so its answer
///   goes back to the caller, who can say it "may have been delivered".
/// - The wait is `Retry-After` when the answer carries one (an answer asking for more than
///   ``maxRetryAfter`` is returned as it is), otherwise exponential backoff with full jitter.
public struct RetryPolicy: Sendable, Equatable {
    /// Sends in all, the first one included.
    public var maxAttempts: Int
    /// The backoff ceiling before the second send; it doubles for each further one.
    public var baseDelay: Duration
    /// The largest backoff ceiling.
    public var maxDelay: Duration
    /// The longest `Retry-After` honoured.
    public var maxRetryAfter: Duration

    public init(
        maxAttempts: Int = 4,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(10),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// Statuses worth another try for a request that is safe to repeat.
    public static let transientStatuses: Set<Int> = [408, 500, 502, 503, 504]

    /// What to do after an attempt.
    public enum Decision: Sendable, Equatable {
        /// Hand the answer (or the error) to the caller.
        case stop
        /// Wait this long (`Retry-After`), then send again.
        case wait(Duration)
        /// Wait a jittered backoff, then send again.
        case backOff
    }

    /// Whether sending `request` twice does no harm: it reads, or it is a GET (a metered GET
    /// such as polling a verification spends nothing more when repeated).
    public static func isSafeToRepeat(_ request: TransportRequest) -> Bool {
        request.effect == .read || request.method == .get
    }

    /// After attempt number `attempt` (1 for the first send) answered `response`.
    public func decision(after response: TransportResponse, to request: TransportRequest, attempt: Int, now: Int64) -> Decision {
        guard attempt < maxAttempts else { return .stop }
        let retryable = response.status == 429
            || (Self.transientStatuses.contains(response.status) && Self.isSafeToRepeat(request))
        guard retryable else { return .stop }
        guard let header = response.headers["Retry-After"], let delay = RetryAfter.delay(from: header, now: now) else {
            return .backOff
        }
        return delay <= maxRetryAfter ? .wait(delay) : .stop
    }

    /// After attempt number `attempt` got no answer because of `error`.
    public func decision(after error: TransportError, to request: TransportRequest, attempt: Int) -> Decision {
        attempt < maxAttempts && error.isTransient && Self.isSafeToRepeat(request) ? .backOff : .stop
    }

    /// The full-jitter backoff before attempt `attempt + 1`: uniform in
    /// `0...min(maxDelay, baseDelay × 2^(attempt - 1))`.
    public func backoff(after attempt: Int, random: SeededRandom) -> Duration {
        let doublings = min(max(attempt - 1, 0), 30)
        let ceiling = min(maxDelay, baseDelay * (1 << doublings))
        let nanoseconds = max(0, ceiling.components.seconds * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000)
        return .nanoseconds(Int64(random.next(upTo: UInt64(nanoseconds))))
    }
}
