/// A request budget: `count` requests per `period`, with up to `burst` of them back to back.
///
/// As a GCRA (generic cell rate algorithm) bucket it spaces requests `period / count` apart
/// (rounded up to whole nanoseconds, so the rate is never exceeded) and lets `burst - 1` of them
/// come early. Any window of length `period` then sees at most `burst + count - 1` admissions:
/// with the default burst of 1 at most `count`, so a service counting fixed windows never refuses.
public struct RateLimit: Sendable, Equatable, CustomStringConvertible {
    public let count: Int
    public let period: Duration
    public let burst: Int

    /// `nil` unless `count` and `burst` are in `1...1_000_000_000` and `period` in `1ns...366 days`.
    public init?(count: Int, per period: Duration, burst: Int = 1) {
        guard (1...1_000_000_000).contains(count), (1...1_000_000_000).contains(burst),
              period > .zero, period <= .seconds(366 * 86_400)
        else { return nil }
        self.init(checkedCount: count, period: period, burst: burst)
    }

    /// For values already known to be in range (the documented defaults).
    init(checkedCount count: Int, period: Duration, burst: Int) {
        self.count = count
        self.period = period
        self.burst = burst
    }

    /// The spacing between requests in nanoseconds: `period / count`, rounded up.
    public var intervalNanoseconds: Int64 {
        let period = period.nanoseconds
        let count = Int64(count)
        return (period + count - 1) / count
    }

    /// How early a request may come (the burst allowance) in nanoseconds: `(burst - 1) × interval`.
    public var toleranceNanoseconds: Int64 {
        let (product, overflow) = Int64(burst - 1).multipliedReportingOverflow(by: intervalNanoseconds)
        return overflow ? Int64.max / 4 : product
    }

    /// `600/60s`, with `, burst 10` when there is one.
    public var description: String {
        "\(count)/\(period.nanoseconds / 1_000_000_000)s" + (burst > 1 ? ", burst \(burst)" : "")
    }
}

extension Duration {
    /// The duration in whole nanoseconds (truncated), saturating at the bounds of `Int64`.
    var nanoseconds: Int64 {
        let (seconds, overflow) = components.seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return components.seconds < 0 ? .min : .max }
        let (total, overflow2) = seconds.addingReportingOverflow(components.attoseconds / 1_000_000_000)
        return overflow2 ? (seconds < 0 ? .min : .max) : total
    }
}
