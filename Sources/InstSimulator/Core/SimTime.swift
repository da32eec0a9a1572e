import InstTransport

/// A moment on the simulator's virtual clock, in milliseconds since the Unix epoch.
public struct SimTime: Sendable, Hashable, Comparable {
    public var milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// Monday 2 November 2026, 14:00 UTC: where a fresh simulator's clock starts.
    public static let demoStart = SimTime(milliseconds: 1_793_628_000_000)

    public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public func adding(_ duration: Duration) -> SimTime {
        let (seconds, attoseconds) = duration.components
        // Saturates instead of trapping on an absurd duration (`sim.advance 999999999999d`).
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        let (sum, overflowSum) = milliseconds.addingReportingOverflow(scaled &+ attoseconds / 1_000_000_000_000_000)
        if overflow || overflowSum { return SimTime(milliseconds: seconds < 0 ? .min / 2 : .max / 2) }
        return SimTime(milliseconds: sum)
    }

    /// Days since the epoch, in UTC.
    public var day: Int64 { milliseconds.floorDivided(by: 86_400_000).quotient }

    /// 0 Sunday … 6 Saturday, in UTC (1 January 1970 was a Thursday).
    public var weekday: Int { Int((day + 4) % 7 + 7) % 7 }

    /// `2026-11-02T14:00:00.000Z`.
    public var iso8601: String {
        CivilDate.iso8601(millisecondsSince1970: milliseconds)
    }

    /// `2026-11-02`.
    public var date: String {
        CivilDate(daysSince1970: day).text
    }
}
