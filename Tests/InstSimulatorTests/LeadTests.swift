import InstTransport
import Testing
@testable import InstSimulator

@Suite struct LeadTests {
    /// A simulator with an empty workspace and one draft campaign and one list.
    func workspace() async throws -> (Simulator, campaign: String, list: String) {
        let simulator = Simulator.testing(demo: false, rateLimits: .unlimited)
        let campaign = try await simulator.call(.post, "/api/v2/campaigns", json: ["name": "Load", "campaign_schedule": ValidationTests.schedule])
        let list = try await simulator.call(.post, "/api/v2/lead-lists", json: ["name": "Imports"])
        return (simulator, try #require(campaign.json["id"]?.stringValue), try #require(list.json["id"]?.stringValue))
    }

    @Test func bulkAddCounts() async throws {
        let (simulator, campaign, list) = try await workspace()
        _ = try await simulator.call(.post, "/api/v2/leads", json: ["list_id": .string(list), "email": "listed@x.test"])
        _ = try await simulator.call(.post, "/api/v2/leads", json: ["campaign": .string(campaign), "email": "already@x.test"])
        let leads: JSON = [["email": "new@x.test", "first_name": "Ann"], ["email": "new@x.test"], ["email": "not-an-email"], ["first_name": "No email"],
                           ["email": "already@x.test"], ["email": "listed@x.test"]]
        let answer = try await simulator.call(.post, "/api/v2/leads/add", json: ["campaign_id": .string(campaign), "leads": leads, "skip_if_in_list": true])
        #expect(answer.status == 200)
        #expect(answer.json["total_sent"] == 6)
        #expect(answer.json["leads_uploaded"] == 1)
        #expect(answer.json["duplicate_email_count"] == 1)
        #expect(answer.json["invalid_email_count"] == 2)
        #expect(answer.json["duplicated_leads"] == 1)
        #expect(answer.json["skipped_count"] == 1)
        #expect(answer.json["created_leads"]?.arrayValue?.first?["index"] == 0)
    }

    @Test func skipIfRulesOnCreate() async throws {
        let (simulator, campaign, list) = try await workspace()
        let first = try await simulator.call(.post, "/api/v2/leads", json: ["list_id": .string(list), "email": "x@y.test"])
        let again = try await simulator.call(.post, "/api/v2/leads", json: ["campaign": .string(campaign), "email": "x@y.test", "skip_if_in_workspace": true])
        #expect(again.json["id"] == first.json["id"])
        let inCampaign = try await simulator.call(.post, "/api/v2/leads", json: ["campaign": .string(campaign), "email": "x@y.test", "skip_if_in_campaign": true])
        #expect(inCampaign.json["id"] != first.json["id"])
        let listed = try await simulator.call(.post, "/api/v2/leads/list", json: ["contacts": ["x@y.test"]])
        #expect(listed.json["items"]?.arrayValue?.count == 2)
    }

    @Test func pagingVisitsEveryLeadOnce() async throws {
        let (simulator, campaign, _) = try await workspace()
        let leads = JSON.array((0..<250).map { .object(["email": .string("lead\($0)@x.test")]) })
        let added = try await simulator.call(.post, "/api/v2/leads/add", json: ["campaign_id": .string(campaign), "leads": leads])
        #expect(added.json["leads_uploaded"] == 250)
        var seen: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            var body: JSONObject = ["campaign": .string(campaign), "limit": 100]
            if let cursor { body["starting_after"] = .string(cursor) }
            let page = try await simulator.call(.post, "/api/v2/leads/list", json: .object(body))
            seen += page.json["items"]?.arrayValue?.compactMap { $0["email"]?.stringValue } ?? []
            cursor = page.json["next_starting_after"]?.stringValue
            pages += 1
        } while cursor != nil && pages < 10
        #expect(pages == 3)
        #expect(seen.count == 250)
        #expect(Set(seen).count == 250)
        #expect(seen.first == "lead0@x.test" && seen.last == "lead249@x.test")
    }

    @Test func getPatchDeleteAndMove() async throws {
        let (simulator, campaign, list) = try await workspace()
        let lead = try await simulator.call(.post, "/api/v2/leads", json: ["list_id": .string(list), "email": "m@x.test", "custom_variables": ["tier": "gold"]])
        let id = try #require(lead.json["id"]?.stringValue)
        #expect(lead.json["payload"]?["tier"] == "gold")
        let patched = try await simulator.call(.patch, "/api/v2/leads/\(id)", json: ["first_name": "Mo", "custom_variables": ["seats": 12]])
        #expect(patched.json["first_name"] == "Mo")
        #expect(patched.json["payload"]?["tier"] == "gold" && patched.json["payload"]?["seats"] == 12)
        let moved = try await simulator.call(.post, "/api/v2/leads/move", json: ["ids": [.string(id)], "to_campaign_id": .string(campaign)])
        #expect(moved.json["status"] == "success")
        let inCampaign = try await simulator.call(.post, "/api/v2/leads/list", json: ["campaign": .string(campaign)])
        #expect(inCampaign.json["items"]?.arrayValue?.map { $0["id"] } == [.string(id)])
        let deleted = try await simulator.call(.delete, "/api/v2/leads", json: ["campaign_id": .string(campaign)])
        #expect(deleted.json["count"] == 1)
        #expect(try await simulator.call(.get, "/api/v2/leads/\(id)").status == 404)
    }

    @Test func unknownCampaignIs404() async throws {
        let (simulator, _, _) = try await workspace()
        let answer = try await simulator.call(.post, "/api/v2/leads", json: ["campaign": "019a0000-0000-4000-8000-0000000000ff", "email": "a@b.test"])
        #expect(answer.status == 404)
    }
}
