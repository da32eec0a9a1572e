import InstTransport

/// GoHighLevel's limits per location: a burst of 100 requests per 10 seconds and 200,000 a day,
/// counted in fixed windows of the simulator's time. Every answer carries the budget in
/// `X-RateLimit-Max`, `-Remaining`, `-Interval-Milliseconds`, `-Limit-Daily` and `-Daily-Remaining`;
/// a request over either limit gets 429.
struct HighLevelRateLimiter: Sendable {
    static let burst = 100
    static let interval: Int64 = 10_000
    static let daily = 200_000
    private static let day: Int64 = 86_400_000

    private var burstStart: Int64 = .min
    private var burstCount = 0
    private var dayStart: Int64 = .min
    private var dayCount = 0

    /// Counts a request at `time` (milliseconds) and answers the budget headers, or the 429 when
    /// a limit is spent.
    mutating func admit(at time: Int64) throws(SimError) -> HeaderFields {
        let windowStart = time - ((time % Self.interval) + Self.interval) % Self.interval
        if windowStart != burstStart { burstStart = windowStart; burstCount = 0 }
        let today = time - ((time % Self.day) + Self.day) % Self.day
        if today != dayStart { dayStart = today; dayCount = 0 }
        if dayCount >= Self.daily || burstCount >= Self.burst {
            let daily = dayCount >= Self.daily
            var error = HighLevelError.make(429, daily ? "Daily rate limit exceeded for this location" : "Too many requests")
            error.headers = headers
            error.headers["Retry-After"] = String(max(1, ((daily ? dayStart + Self.day : burstStart + Self.interval) - time + 999) / 1000))
            throw error
        }
        burstCount += 1
        dayCount += 1
        return headers
    }

    private var headers: HeaderFields {
        [
            "X-RateLimit-Max": String(Self.burst),
            "X-RateLimit-Remaining": String(max(0, Self.burst - burstCount)),
            "X-RateLimit-Interval-Milliseconds": String(Self.interval),
            "X-RateLimit-Limit-Daily": String(Self.daily),
            "X-RateLimit-Daily-Remaining": String(max(0, Self.daily - dayCount)),
        ]
    }
}
