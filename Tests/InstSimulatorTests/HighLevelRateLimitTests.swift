import Testing
@testable import InstSimulator

@Suite("GoHighLevel rate limits")
struct HighLevelRateLimitTests {
    @Test func theDailyLimitOutlastsTheBurstWindow() throws {
        var limiter = HighLevelRateLimiter()
        let start: Int64 = 1_793_577_600_000  // a UTC midnight
        // 2,000 burst windows of 100 requests each spend the day's 200,000.
        for window in 0..<Int64(2000) {
            for _ in 0..<100 { _ = try limiter.admit(at: start + window * 10_000) }
        }
        let refused = #expect(throws: SimError.self) { try limiter.admit(at: start + 2000 * 10_000) }
        #expect(refused?.status == 429)
        #expect(refused?.message.contains("Daily") == true)
        #expect(refused?.headers["X-RateLimit-Daily-Remaining"] == "0")
        // The next day starts afresh.
        let headers = try limiter.admit(at: start + 86_400_000)
        #expect(headers["X-RateLimit-Daily-Remaining"] == "199999")
    }

    @Test func aBurstRefusalSaysWhenTheWindowEnds() throws {
        var limiter = HighLevelRateLimiter()
        for _ in 0..<100 { _ = try limiter.admit(at: 2_500) }
        let refused = #expect(throws: SimError.self) { try limiter.admit(at: 2_500) }
        #expect(refused?.headers["Retry-After"] == "8")
        #expect(refused?.message.contains("Daily") == false)
        #expect(try limiter.admit(at: 10_000)["X-RateLimit-Remaining"] == "99")
    }
}
