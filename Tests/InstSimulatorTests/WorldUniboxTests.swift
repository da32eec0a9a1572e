import InstTransport
import Testing
@testable import InstSimulator

@Suite struct WorldUniboxTests {
    func demoReplies(_ simulator: Simulator) async throws -> (campaign: String, replies: [JSON]) {
        let campaign = try await simulator.campaign(named: "Q4 Partnerships")
        let id = campaign["id"]?.stringValue ?? ""
        return (id, try await simulator.items("/api/v2/emails", [("campaign_id", id), ("email_type", "received")]))
    }

    @Test func replyingAddsASentEmailToTheThread() async throws {
        let simulator = Simulator.world()
        let (_, replies) = try await demoReplies(simulator)
        let reply = try #require(replies.first)
        let body: JSON = [
            "reply_to_uuid": reply["id"] ?? .null, "eaccount": reply["eaccount"] ?? .null,
            "subject": reply["subject"] ?? .null, "body": ["html": "<div>Great, Tuesday works.</div>"],
        ]
        let sent = try await simulator.call(.post, "/api/v2/emails/reply", json: body)
        #expect(sent.status == 200)
        #expect(sent.json["ue_type"] == 3 && sent.json["thread_id"] == reply["thread_id"])
        #expect(sent.json["to_address_email_list"] == reply["from_address_email"])
        #expect(sent.json["body"]?["text"] == "Great, Tuesday works.")
        let thread = try await simulator.items("/api/v2/emails", [("search", "thread:\(reply["thread_id"]?.stringValue ?? "")")])
        #expect(thread.contains { $0["id"] == sent.json["id"] })
        let missing = try await simulator.call(.post, "/api/v2/emails/reply", json: ["reply_to_uuid": "019a0000-0000-4000-8000-000000000000", "eaccount": "ada@northwind.test", "subject": "x", "body": ["text": "x"]])
        #expect(missing.status == 404)
    }

    @Test func unreadCountsAndMarkingThreadsRead() async throws {
        let simulator = Simulator.world()
        let (_, replies) = try await demoReplies(simulator)
        let unread = try await simulator.call(.get, "/api/v2/emails/unread/count")
        #expect(unread.json["count"]?.intValue == replies.count)
        let thread = replies[0]["thread_id"]?.stringValue ?? ""
        #expect(try await simulator.call(.post, "/api/v2/emails/threads/\(thread)/mark-as-read").json["success"] == true)
        let after = try await simulator.call(.get, "/api/v2/emails/unread/count")
        #expect(after.json["count"]?.intValue == replies.count - 1)
        let patched = try await simulator.call(.patch, "/api/v2/emails/\(replies[1]["id"]?.stringValue ?? "")", json: ["is_unread": 0])
        #expect(patched.json["is_unread"] == 0)
        let stillUnread = try await simulator.items("/api/v2/emails", [("is_unread", "true")])
        #expect(stillUnread.count == replies.count - 2)
    }

    @Test func listFiltersByLeadAndPagesById() async throws {
        let simulator = Simulator.world()
        let (campaign, replies) = try await demoReplies(simulator)
        let lead = replies[0]["lead"]?.stringValue ?? ""
        let conversation = try await simulator.items("/api/v2/emails", [("lead", lead)])
        #expect(conversation.count >= 2)
        #expect(conversation.allSatisfy { $0["lead"]?.stringValue == lead })
        let page = try await simulator.call(.get, "/api/v2/emails", query: [QueryItem(name: "campaign_id", value: campaign), QueryItem(name: "limit", value: "10")])
        let cursor = try #require(page.json["next_starting_after"]?.stringValue)
        let next = try await simulator.call(.get, "/api/v2/emails", query: [QueryItem(name: "campaign_id", value: campaign), QueryItem(name: "limit", value: "10"), QueryItem(name: "starting_after", value: cursor)])
        #expect(next.json["items"]?.arrayValue?.first?["id"] != page.json["items"]?.arrayValue?.first?["id"])
    }

    @Test func webhookEventsAreRecordedAsCampaignsSend() async throws {
        let simulator = Simulator.world()
        let hook = try await simulator.call(.post, "/api/v2/webhooks", json: [
            "target_hook_url": "https://hooks.northwind.test/instantly", "event_type": "all_events", "headers": ["X-Secret": "s"],
        ])
        #expect(hook.json["headers"]?["X-Secret"] == "s" && hook.json["status"] == 1)
        simulator.advance(by: .seconds(2 * 86_400))
        let events = try await simulator.items("/api/v2/webhook-events")
        let types = Set(events.compactMap { $0["payload"]?["event_type"]?.stringValue })
        #expect(types.isSuperset(of: ["email_sent", "email_opened"]))
        #expect(events.allSatisfy { $0["delivered"] == false && $0["webhook_url"] == "https://hooks.northwind.test/instantly" })
        let sent = try #require(events.first { $0["payload"]?["event_type"] == "email_sent" })
        #expect(sent["payload"]?["campaign_name"] == "Q4 Partnerships" && sent["payload"]?["lead_email"] != nil && sent["payload"]?["step"] != nil)
        let types2 = try await simulator.call(.get, "/api/v2/webhooks/event-types")
        #expect(types2.json["event_types"]?.arrayValue?.contains { $0["id"] == "reply_received" } == true)
    }

    @Test func blockListEntriesStopSending() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let entry = try await simulator.call(.post, "/api/v2/block-lists-entries", json: ["bl_value": "blocked.test"])
        #expect(entry.json["is_domain"] == true)
        let bulk = try await simulator.call(.post, "/api/v2/block-lists-entries/bulk-create", json: ["bl_values": ["one@acme.test", "not valid"]])
        #expect(bulk.json["valid_count"] == 1 && bulk.json["invalid_count"] == 1)
        #expect(try await simulator.items("/api/v2/block-lists-entries", [("domains_only", "true")]).count == 1)
        let id = try await simulator.launch(WorldCampaign(), leads: worldLeads(3, at: "blocked.test") + worldLeads(2))
        simulator.advance(by: .seconds(86_400))
        let sent = try await simulator.emails(ofCampaign: id, type: "sent")
        #expect(sent.allSatisfy { $0["lead"]?.stringValue?.hasSuffix("@acme.test") == true })
        #expect(sent.count == 2)
    }

    @Test func customTagsAssignToCampaigns() async throws {
        let simulator = Simulator.world()
        let tag = try await simulator.call(.post, "/api/v2/custom-tags", json: ["label": "Priority"])
        let tagID = tag.json["id"]?.stringValue ?? ""
        let campaign = try await simulator.campaign(named: "Q4 Partnerships")
        let campaignID = campaign["id"]?.stringValue ?? ""
        let toggled = try await simulator.call(.post, "/api/v2/custom-tags/toggle-resource", json: [
            "tag_ids": [.string(tagID)], "resource_type": 1, "resource_ids": [.string(campaignID)], "assign": true,
        ])
        #expect(toggled.json["success"] == true)
        #expect(try await simulator.items("/api/v2/custom-tags", [("resource_ids", campaignID)]).count == 1)
        #expect(try await simulator.items("/api/v2/custom-tag-mappings").first?["resource_id"]?.stringValue == campaignID)
        _ = try await simulator.call(.delete, "/api/v2/custom-tags/\(tagID)")
        #expect(try await simulator.items("/api/v2/custom-tag-mappings").isEmpty)
    }
}
