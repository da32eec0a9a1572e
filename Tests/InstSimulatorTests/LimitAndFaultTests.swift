import InstTransport
import Testing
@testable import InstSimulator

@Suite struct LimitAndFaultTests {
    @Test func perSecondLimitAnswers429WithRetryAfter() async throws {
        let simulator = Simulator.testing(rateLimits: RateLimits(perSecond: 5, perMinute: 100))
        let first = try await simulator.call(.get, "/api/v2/campaigns")
        #expect(first.response.headers["X-RateLimit-Limit"] == "100")
        #expect(first.response.headers["X-RateLimit-Remaining"] == "99")
        for _ in 0..<4 { #expect(try await simulator.call(.get, "/api/v2/campaigns").status == 200) }
        let refused = try await simulator.call(.get, "/api/v2/campaigns")
        #expect(refused.status == 429)
        #expect(refused.response.headers["Retry-After"] == "1")
        #expect(refused.json["statusCode"] == 429)
        simulator.advance(by: .seconds(1))
        #expect(try await simulator.call(.get, "/api/v2/campaigns").status == 200)
    }

    @Test func emailsListIsCappedAt20PerMinute() async throws {
        let simulator = Simulator.testing()
        var statuses: [Int] = []
        for _ in 0..<21 { statuses.append(try await simulator.call(.get, "/api/v2/emails").status) }
        #expect(statuses.last == 429)
        #expect(statuses.dropLast().allSatisfy { $0 != 429 })
        #expect(try await simulator.call(.get, "/api/v2/campaigns").status == 200)
    }

    @Test func faultSpecParses() throws {
        let plan = try FaultPlan(parsing: "500:2%,429:1%,reset:1%,latency:200ms")
        #expect(plan.statuses.map(\.status) == [500, 429])
        #expect(plan.statuses.map(\.probability) == [0.02, 0.01])
        #expect(plan.reset == 0.01)
        #expect(plan.latency == .milliseconds(200))
        for bad in ["500", "abc:2%", "500:200%", "latency:soon", "700:1%", "500:60%,503:60%"] {
            #expect(throws: FaultPlan.ParseError.self) { try FaultPlan(parsing: bad) }
        }
    }

    func outcomes(seed: UInt64) async throws -> [String] {
        let simulator = Simulator.testing(seed: seed, faults: try FaultPlan(parsing: "500:10%,429:10%,reset:10%"), rateLimits: .unlimited)
        var outcomes: [String] = []
        for _ in 0..<200 {
            do { outcomes.append(String(try await simulator.send(Call.make(.get, "/api/v2/campaigns")).status)) } catch let error as TransportError {
                outcomes.append(error.isTransient ? "reset" : "other")
            }
        }
        return outcomes
    }

    @Test func faultsReplayFromTheSeed() async throws {
        let first = try await outcomes(seed: 7)
        #expect(first == (try await outcomes(seed: 7)))
        #expect(first != (try await outcomes(seed: 8)))
        #expect(first.contains("500") && first.contains("429") && first.contains("reset") && first.contains("200"))
    }
}
