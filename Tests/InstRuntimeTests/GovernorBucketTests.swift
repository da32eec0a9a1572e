import Testing
@testable import InstRuntime

@Suite struct GovernorBucketTests {
    let second: Int64 = 1_000_000_000

    @Test func pacesAtTheSustainedRateWithBurstOne() throws {
        var bucket = GCRABucket(limit: try #require(RateLimit(count: 20, per: .seconds(60))))
        #expect(bucket.interval == 3 * second && bucket.tolerance == 0)
        #expect((0..<4).map { _ in bucket.admit(at: 0) } == [0, 3, 6, 9].map { $0 * second })
        #expect(bucket.admit(at: 13 * second) == 0)
        #expect(bucket.tat == 16 * second)
        #expect(bucket.admit(at: .seconds(14)) == .seconds(2))
    }

    @Test func burstLetsRequestsComeEarly() throws {
        var bucket = GCRABucket(limit: try #require(RateLimit(count: 10, per: .seconds(10), burst: 3)))
        #expect((0..<5).map { _ in bucket.admit(at: 0) } == [0, 0, 0, 1, 2].map { $0 * second })
        // Idle long enough, the whole burst is back.
        #expect((0..<4).map { _ in bucket.admit(at: 100 * second) } == [0, 0, 0, 1].map { $0 * second })
    }

    @Test func intervalRoundsUpSoTheRateIsNeverExceeded() throws {
        let limit = try #require(RateLimit(count: 7, per: .seconds(60)))
        #expect(limit.intervalNanoseconds == 8_571_428_572)
        #expect(limit.intervalNanoseconds * 7 >= 60 * second)
    }

    /// Greedy callers at every step for many small limits: any window of `period` sees at most
    /// `burst + count - 1` admissions, and the sustained rate is reached.
    @Test func windowBoundHoldsExhaustively() throws {
        for count in 1...6 {
            for burst in 1...4 {
                let limit = try #require(RateLimit(count: count, per: .nanoseconds(60), burst: burst))
                var bucket = GCRABucket(limit: limit)
                var admitted: [Int64] = []
                for arrival in stride(from: Int64(0), to: 600, by: 7) {
                    for _ in 0..<3 { admitted.append(arrival + bucket.admit(at: arrival)) }
                }
                #expect(admitted == admitted.sorted())
                for start in admitted {
                    let inWindow = admitted.filter { $0 >= start && $0 < start + 60 }.count
                    #expect(inWindow <= burst + count - 1, "count \(count) burst \(burst)")
                }
            }
        }
    }

    @Test func blockHoldsAdmissionsAndSpendsTheBurst() throws {
        var bucket = GCRABucket(limit: try #require(RateLimit(count: 10, per: .seconds(10), burst: 5)))
        bucket.block(until: 30 * second)
        #expect(bucket.earliestAdmission(at: 0) == 30 * second)
        #expect(bucket.admit(at: 30 * second) == 0)
        #expect(bucket.admit(at: 30 * second) == second)
    }

    @Test func limitsOutOfRangeAreRefused() {
        #expect(RateLimit(count: 0, per: .seconds(1)) == nil)
        #expect(RateLimit(count: 1, per: .zero) == nil)
        #expect(RateLimit(count: 1, per: .seconds(400 * 86_400)) == nil)
        #expect(RateLimit(count: 1, per: .seconds(1), burst: 0) == nil)
        let huge = RateLimit(count: 1, per: .seconds(366 * 86_400), burst: 1_000_000_000)
        #expect(huge.map { GCRABucket(limit: $0).earliestAdmission(at: 0) } == 0)
    }
}
