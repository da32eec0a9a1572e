import InstTransport
import Testing
@testable import InstSimulator

/// Helpers for the world's tests: a simulator without rate limits, items of a list answer.
extension Simulator {
    static func world(seed: UInt64 = 1, demo: Bool = true) -> Simulator {
        .testing(seed: seed, demo: demo, rateLimits: .unlimited)
    }

    /// The `items` of a list answer (or the array answer itself).
    func items(_ path: String, _ query: [(String, String)] = []) async throws -> [JSON] {
        let answer = try await call(.get, path, query: query.map { QueryItem(name: $0.0, value: $0.1) })
        return answer.json["items"]?.arrayValue ?? answer.json.arrayValue ?? []
    }

    func analytics(_ campaignID: String) async throws -> JSON {
        try await items("/api/v2/campaigns/analytics", [("id", campaignID)]).first ?? .null
    }
}

@Suite struct WorldTests {
    @Test func demoAccountsHaveTheirStatuses() async throws {
        let simulator = Simulator.world()
        let accounts = try await simulator.items("/api/v2/accounts")
        #expect(accounts.map { $0["email"]?.stringValue ?? "" } == ["ada@northwind.test", "grace@northwind.test", "linus@northwind.test"])
        #expect(accounts.map { $0["status"]?.intValue ?? 0 } == [1, 1, -1])
        #expect(accounts.allSatisfy { $0["daily_limit"]?.intValue != nil && $0["warmup_status"] != nil && $0["organization"] != nil })
        let broken = try await simulator.items("/api/v2/accounts", [("status", "-1")])
        #expect(broken.count == 1)
    }

    @Test func demoActivityIsConsistentWithAnalytics() async throws {
        let simulator = Simulator.world()
        let campaign = try await simulator.campaign(named: "Q4 Partnerships")
        let id = campaign["id"]?.stringValue ?? ""
        let stats = try await simulator.analytics(id)
        let replies = try await simulator.items("/api/v2/emails", [("campaign_id", id), ("email_type", "received")])
        #expect(stats["leads_count"] == 40)
        #expect((stats["emails_sent_count"]?.intValue ?? 0) >= 40)
        #expect(stats["reply_count"]?.intValue == replies.count)
        #expect(replies.count > 0 && replies.count < 10)
        #expect(campaign["status"] == 1)
    }
}
