import InstTransport
import Testing
@testable import InstSimulator

@Suite struct LeadScaleTests {
    /// 10,000 leads in bulk adds of 1,000, then streamed in pages of 100: every page costs the page
    /// (a scan per page would make this quadratic).
    @Test func pagesStayCheapAtScale() async throws {
        let simulator = Simulator.testing(demo: false, rateLimits: .unlimited)
        let created = try await simulator.call(.post, "/api/v2/lead-lists", json: ["name": "Scale"])
        let list = try #require(created.json["id"]?.stringValue)
        let clock = ContinuousClock()
        let loadStart = clock.now
        for batch in 0..<10 {
            let leads = JSON.array((0..<1000).map { .object(["email": .string("p\(batch)-\($0)@scale.test"), "first_name": "P"]) })
            let answer = try await simulator.call(.post, "/api/v2/leads/add", json: ["list_id": .string(list), "leads": leads])
            #expect(answer.json["leads_uploaded"] == 1000)
        }
        let loaded = clock.now - loadStart
        let pageStart = clock.now
        var cursor: String?
        var count = 0
        for _ in 0..<150 {
            var body: JSONObject = ["list_id": .string(list), "limit": 100]
            if let cursor { body["starting_after"] = .string(cursor) }
            let page = try await simulator.call(.post, "/api/v2/leads/list", json: .object(body))
            count += page.json["items"]?.arrayValue?.count ?? 0
            cursor = page.json["next_starting_after"]?.stringValue
            if cursor == nil { break }
        }
        print("LeadScale: load 10k \(loaded), page 10k \(clock.now - pageStart)")
        #expect(count == 10_000)
    }
}
