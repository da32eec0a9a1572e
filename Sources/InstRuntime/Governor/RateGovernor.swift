import InstTransport

/// Paces requests through every bucket that applies to them (the wait is the longest any of
/// them asks), and lets server hints (`Retry-After`, `X-RateLimit-*`) hold buckets back.
///
/// Governors sharing a ``FileGovernorStore`` (one per process, same credentials) share one
/// budget: each admission is a locked read-modify-write of the buckets' arrival times.
public final class RateGovernor<C: Clock>: Sendable where C.Duration == Duration {
    public let configuration: RateGovernorConfiguration
    public let timeline: GovernorTimeline<C>
    /// The longest a server hint may hold a bucket back (`Retry-After` beyond it is cut to it).
    public let maxHintWait: Duration
    private let store: any GovernorStore
    private let wallClock: @Sendable () -> Int64

    /// - Parameter wallClock: seconds since 1970, for `Retry-After` dates.
    public init(
        configuration: RateGovernorConfiguration = .documented,
        timeline: GovernorTimeline<C>,
        store: any GovernorStore = MemoryGovernorStore(),
        maxHintWait: Duration = .seconds(60),
        wallClock: @escaping @Sendable () -> Int64 = RetryAfter.currentUnixTime
    ) {
        self.configuration = configuration
        self.timeline = timeline
        self.store = store
        self.maxHintWait = maxHintWait
        self.wallClock = wallClock
    }

    /// Reserves `request`'s slot in every bucket that applies and returns how long to wait before
    /// sending it. The slot is spent whatever happens next (a 429 counts as an attempt).
    public func reserve(for request: TransportRequest) throws -> Duration {
        let definitions = configuration.buckets(for: request)
        guard !definitions.isEmpty else { return .zero }
        let now = timeline.now()
        let wait = try store.withState { state in
            var buckets = definitions.map { bucket($0, in: state, now: now) }
            let time = buckets.map { $0.earliestAdmission(at: now) }.max() ?? now
            for index in buckets.indices {
                buckets[index].reserve(at: time)
                state[definitions[index].name] = buckets[index].tat
            }
            return time - now
        }
        return .nanoseconds(wait)
    }

    /// Applies what `response` says about the budget: after a 429, `Retry-After` holds back the
    /// request's endpoint-group buckets (or its service buckets when no group applies); a bucket's
    /// `Remaining` header reading 0 holds it back until its reset.
    public func observe(_ response: TransportResponse, to request: TransportRequest) throws {
        let definitions = configuration.buckets(for: request)
        let holds = RateHints.holds(in: response, buckets: definitions, maxWait: maxHintWait, wallClock: wallClock())
        guard !holds.isEmpty else { return }
        let now = timeline.now()
        try store.withState { state in
            for (name, wait) in holds {
                guard let definition = definitions.first(where: { $0.name == name }) else { continue }
                var bucket = bucket(definition, in: state, now: now)
                bucket.block(until: now.addingSaturated(wait.nanoseconds))
                state[name] = bucket.tat
            }
        }
    }

    /// Waits `duration` on the governor's clock; throws ``TransportError/cancelled`` if the task is.
    public func wait(_ duration: Duration) async throws(TransportError) {
        guard duration > .zero else { return }
        do {
            try await timeline.sleep(for: duration)
        } catch {
            throw .cancelled
        }
    }

    /// The bucket's stored state; an arrival time further ahead than any admission or hint could
    /// have put it (a clock set back, a reboot) is dropped.
    private func bucket(_ definition: RateBucketDefinition, in state: [String: Int64], now: Int64) -> GCRABucket {
        var bucket = GCRABucket(limit: definition.limit, tat: state[definition.name] ?? 0)
        let queue = bucket.interval.multipliedReportingOverflow(by: 1024)
        let ceiling = now.addingSaturated(bucket.tolerance).addingSaturated(queue.overflow ? .max : queue.partialValue)
            .addingSaturated(maxHintWait.nanoseconds)
        if bucket.tat > ceiling { bucket.tat = now }
        return bucket
    }
}

extension RateGovernor where C == ContinuousClock {
    /// A governor on the real clock.
    public convenience init(configuration: RateGovernorConfiguration = .documented, store: any GovernorStore = MemoryGovernorStore()) {
        self.init(configuration: configuration, timeline: .system(), store: store)
    }
}
