/// Sends a request again after a 429, a transient failure or a 5xx, as ``RetryPolicy`` allows,
/// waiting on `clock` between attempts (tests pass a manual clock and nothing really sleeps).
///
/// A wait that would pass the request's deadline is not taken: the last answer or error goes
/// back instead. Cancelling the task during a wait throws ``TransportError/cancelled``.
public struct RetryMiddleware<C: Clock>: TransportMiddleware where C.Duration == Duration {
    public let policy: RetryPolicy
    private let clock: C
    private let random: SeededRandom
    private let now: @Sendable () -> Int64

    /// - Parameters:
    ///   - random: the jitter source; seed it for reproducible waits.
    ///   - now: the wall-clock time in seconds since 1970, for `Retry-After` dates.
    public init(
        policy: RetryPolicy = RetryPolicy(),
        clock: C,
        random: SeededRandom = SeededRandom(),
        now: @escaping @Sendable () -> Int64 = RetryAfter.currentUnixTime
    ) {
        self.policy = policy
        self.clock = clock
        self.random = random
        self.now = now
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        var attempt = 1
        while true {
            let outcome: Result<TransportResponse, TransportError>
            do {
                outcome = .success(try await next(request))
            } catch let error as TransportError {
                outcome = .failure(error)
            }
            let decision = switch outcome {
            case .success(let response): policy.decision(after: response, to: request, attempt: attempt, now: now())
            case .failure(let error): policy.decision(after: error, to: request, attempt: attempt)
            }
            guard try await wait(decision, after: attempt, for: request) else { return try outcome.get() }
            attempt += 1
        }
    }

    /// Waits as `decision` says; `false` when the wait would pass the request's deadline.
    private func wait(_ decision: RetryPolicy.Decision, after attempt: Int, for request: TransportRequest) async throws -> Bool {
        let delay: Duration
        switch decision {
        case .stop: return false
        case .wait(let requested): delay = requested
        case .backOff: delay = policy.backoff(after: attempt, random: random)
        }
        if request.deadlinePasses(after: delay) { return false }
        guard delay > .zero else { return true }
        do {
            try await clock.sleep(for: delay, tolerance: nil)
        } catch {
            throw TransportError.cancelled
        }
        return true
    }
}

extension RetryMiddleware where C == ContinuousClock {
    /// Retries waiting on the real clock.
    public init(policy: RetryPolicy = RetryPolicy()) {
        self.init(policy: policy, clock: ContinuousClock())
    }
}
