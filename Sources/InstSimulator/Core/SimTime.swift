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

    /// Days since the epoch, and the time of day, in UTC.
    public var day: Int64 { milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000 }

    /// 0 Sunday … 6 Saturday, in UTC (1 January 1970 was a Thursday).
    public var weekday: Int { Int((day + 4) % 7 + 7) % 7 }

    /// `2026-11-02T14:00:00.000Z`.
    public var iso8601: String {
        let (year, month, dayOfMonth) = Self.civil(fromDays: day)
        let inDay = milliseconds - day * 86_400_000
        let hour = inDay / 3_600_000, minute = inDay / 60_000 % 60, second = inDay / 1000 % 60, milli = inDay % 1000
        return "\(year)-\(Self.pad(month, 2))-\(Self.pad(dayOfMonth, 2))T\(Self.pad(hour, 2)):\(Self.pad(minute, 2)):\(Self.pad(second, 2)).\(Self.pad(milli, 3))Z"
    }

    /// `2026-11-02`.
    public var date: String {
        let (year, month, dayOfMonth) = Self.civil(fromDays: day)
        return "\(year)-\(Self.pad(month, 2))-\(Self.pad(dayOfMonth, 2))"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Howard Hinnant's days-to-civil algorithm.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
