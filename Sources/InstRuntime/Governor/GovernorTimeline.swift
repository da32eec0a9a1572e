#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The governor's time: nanoseconds on a timeline every process agrees on (Unix time in
/// production), read from and slept on through an injected clock, so tests use a manual one.
public struct GovernorTimeline<C: Clock>: Sendable where C.Duration == Duration {
    public let clock: C
    private let origin: C.Instant
    private let originTime: Int64

    /// A timeline on which `clock.now` reads `originTime` (from 0 in tests).
    public init(clock: C, originTime: Duration = .zero) {
        self.clock = clock
        origin = clock.now
        self.originTime = originTime.nanoseconds
    }

    /// The current time in nanoseconds.
    public func now() -> Int64 {
        originTime.addingSaturated(origin.duration(to: clock.now).nanoseconds)
    }

    /// Sleeps on the clock for `duration`; throws if the task is cancelled.
    public func sleep(for duration: Duration) async throws {
        try await clock.sleep(until: clock.now.advanced(by: duration), tolerance: nil)
    }
}

extension GovernorTimeline where C == ContinuousClock {
    /// The real clock, placed on Unix time so processes sharing a state file agree.
    public static func system() -> GovernorTimeline<ContinuousClock> {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return GovernorTimeline(clock: ContinuousClock(), originTime: .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec))
    }
}
