import InstTransport
import Testing
@testable import InstSimulator

@Suite struct CampaignTests {
    @Test func demoCampaignsAreSeeded() async throws {
        let simulator = Simulator.testing()
        let list = try await simulator.call(.get, "/api/v2/campaigns")
        let names = list.json["items"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == ["Q4 Executive Peer", "Q4 Partnerships", "Q4 Practitioner"])
        #expect(try await simulator.campaign(named: "Q4 Executive Peer")["status"] == 3)
        #expect(try await simulator.campaign(named: "Q4 Partnerships")["status"] == 1)
        let active = try await simulator.call(.get, "/api/v2/campaigns", query: [QueryItem(name: "status", value: "1")])
        #expect(active.json["items"]?.arrayValue?.count == 1)
    }

    @Test func listPagesWithCursor() async throws {
        let simulator = Simulator.testing()
        let first = try await simulator.call(.get, "/api/v2/campaigns", query: [QueryItem(name: "limit", value: "2")])
        #expect(first.json["items"]?.arrayValue?.count == 2)
        let cursor = try #require(first.json["next_starting_after"]?.stringValue)
        let second = try await simulator.call(.get, "/api/v2/campaigns", query: [QueryItem(name: "limit", value: "2"), QueryItem(name: "starting_after", value: cursor)])
        #expect(second.json["items"]?.arrayValue?.count == 1)
        #expect(second.json["next_starting_after"] == nil)
    }

    @Test func activationNeedsStepsScheduleAndActiveSenders() async throws {
        let simulator = Simulator.testing(demo: false)
        let created = try await simulator.call(.post, "/api/v2/campaigns", json: ["name": "Bare", "campaign_schedule": ValidationTests.schedule])
        #expect(created.json["status"] == 0)
        let id = try #require(created.json["id"]?.stringValue)
        let refused = try await simulator.call(.post, "/api/v2/campaigns/\(id)/activate", json: [:])
        #expect(refused.status == 400)
        let message = refused.json["message"]?.stringValue ?? ""
        #expect(message.contains("no sequence steps") && message.contains("no sending accounts"))
        let steps: JSON = [["steps": [["type": "email", "delay": 2, "variants": [["subject": "Hi", "body": "<div>Hi</div>"]]]]]]
        _ = try await simulator.call(.patch, "/api/v2/campaigns/\(id)", json: ["sequences": steps, "email_list": ["nobody@northwind.test"]])
        let unknownSender = try await simulator.call(.post, "/api/v2/campaigns/\(id)/activate", json: [:])
        #expect(unknownSender.status == 400)
        #expect(unknownSender.json["message"]?.stringValue?.contains("not in the workspace: nobody@northwind.test") == true)
    }

    @Test func statusMachine() async throws {
        let simulator = Simulator.testing()
        let id = try #require(try await simulator.campaign(named: "Q4 Partnerships")["id"]?.stringValue)
        let paused = try await simulator.call(.post, "/api/v2/campaigns/\(id)/pause", json: [:])
        #expect(paused.json["status"] == 2)
        // The seeded senders are H5's accounts; activation reads them from the workspace.
        let status = try await simulator.call(.get, "/api/v2/campaigns/\(id)/sending-status")
        #expect(status.json["diagnostics"]?["status"] == "campaign_paused")
        let copy = try await simulator.call(.post, "/api/v2/campaigns/\(id)/duplicate", json: [:])
        #expect(copy.json["name"] == "Q4 Partnerships (copy)")
        #expect(copy.json["status"] == 0)
        let launched = try await simulator.call(.get, "/api/v2/campaigns/count-launched")
        #expect(launched.json["count"] == 3)
        let deleted = try await simulator.call(.delete, "/api/v2/campaigns/\(id)")
        #expect(deleted.status == 200)
        #expect(try await simulator.call(.get, "/api/v2/campaigns/\(id)").status == 404)
    }

    @Test func addingLeadsFlipsACompletedEmptyCampaignToActive() async throws {
        let simulator = Simulator.testing()
        let id = try #require(try await simulator.campaign(named: "Q4 Executive Peer")["id"]?.stringValue)
        let lead = try await simulator.call(.post, "/api/v2/leads", json: ["campaign": .string(id), "email": "new.person@harborhealth.test"])
        #expect(lead.status == 200)
        #expect(try await simulator.call(.get, "/api/v2/campaigns/\(id)").json["status"] == 1)
        // Paused with leads stays paused when more arrive.
        _ = try await simulator.call(.post, "/api/v2/campaigns/\(id)/pause", json: [:])
        _ = try await simulator.call(.post, "/api/v2/leads/add", json: ["campaign_id": .string(id), "leads": [["email": "second@harborhealth.test"]]])
        #expect(try await simulator.call(.get, "/api/v2/campaigns/\(id)").json["status"] == 2)
    }

    @Test func patchReplacesTheSenders() async throws {
        let simulator = Simulator.testing()
        let id = try #require(try await simulator.campaign(named: "Q4 Practitioner")["id"]?.stringValue)
        let patched = try await simulator.call(.patch, "/api/v2/campaigns/\(id)", json: ["email_list": ["grace@northwind.test"]])
        #expect(patched.json["email_list"] == ["grace@northwind.test"])
    }
}

@Suite struct ActivationWithDemoAccountsTests {
    @Test func demoSendersActivateAndABrokenSenderDoesNot() async throws {
        let simulator = Simulator.testing()
        let id = try #require(try await simulator.campaign(named: "Q4 Practitioner")["id"]?.stringValue)
        let activated = try await simulator.call(.post, "/api/v2/campaigns/\(id)/activate", json: [:])
        #expect(activated.status == 200)
        #expect(activated.json["status"] == 1)
        _ = try await simulator.call(.patch, "/api/v2/campaigns/\(id)", json: ["email_list": ["linus@northwind.test"]])
        let refused = try await simulator.call(.post, "/api/v2/campaigns/\(id)/activate", json: [:])
        #expect(refused.status == 400)
        #expect(refused.json["message"]?.stringValue?.contains("not active: linus@northwind.test") == true)
    }
}
