/// One GCRA bucket: a pure state machine over the theoretical arrival time (TAT), in integer
/// nanoseconds on the governor's timeline. No clock, no I/O: callers pass the time.
///
/// A request arriving at `now` may go at `max(now, tat - tolerance)`; going at `t` moves the TAT
/// to `max(tat, t) + interval`. Admission is a reservation: the caller waits, then sends.
public struct GCRABucket: Sendable, Equatable {
    /// Nanoseconds between requests at the sustained rate.
    public let interval: Int64
    /// How many nanoseconds early a request may come (the burst allowance).
    public let tolerance: Int64
    /// The theoretical arrival time of the next request, in nanoseconds.
    public var tat: Int64

    public init(limit: RateLimit, tat: Int64 = 0) {
        interval = limit.intervalNanoseconds
        tolerance = limit.toleranceNanoseconds
        self.tat = tat
    }

    /// The earliest time at or after `now` a request may go.
    public func earliestAdmission(at now: Int64) -> Int64 {
        max(now, tat.subtractingSaturated(tolerance))
    }

    /// Records a request going at `time` (at or after ``earliestAdmission(at:)``).
    public mutating func reserve(at time: Int64) {
        tat = max(tat, time).addingSaturated(interval)
    }

    /// Reserves the next slot for a request arriving at `now`; returns how long it must wait.
    public mutating func admit(at now: Int64) -> Int64 {
        let time = earliestAdmission(at: now)
        reserve(at: time)
        return time - now
    }

    /// ``admit(at:)`` with durations measured from the timeline's origin.
    public mutating func admit(at now: Duration) -> Duration {
        .nanoseconds(admit(at: now.nanoseconds))
    }

    /// No admission before `time` (a server said so); the burst allowance is spent.
    public mutating func block(until time: Int64) {
        tat = max(tat, time.addingSaturated(tolerance))
    }
}

extension Int64 {
    func addingSaturated(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    func subtractingSaturated(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other > 0 ? .min : .max) : difference
    }
}
