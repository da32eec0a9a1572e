import InstTransport
import Testing
@testable import InstSimulator

@Suite struct WorldSendingTests {
    /// 2 November 2026 is a Monday; the clock starts at 14:00 UTC, 09:00 in Detroit (EST, UTC-5).
    static let mondayStart = SimTime.demoStart

    @Test func sendsOnlyInsideTheScheduleWindowOnScheduledDays() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(dailyLimit: 20), leads: worldLeads(200))
        simulator.advance(by: .seconds(7 * 86_400))
        let sent = try await simulator.emails(ofCampaign: id, type: "sent")
        #expect(!sent.isEmpty)
        for email in sent {
            let time = SimTime(iso8601: email["timestamp_email"]?.stringValue ?? "") ?? SimTime(milliseconds: 0)
            let localMinutes = ((time.milliseconds / 60_000 - 5 * 60) % 1440 + 1440) % 1440  // EST
            #expect((9 * 60..<17 * 60).contains(localMinutes), "sent at \(time.iso8601)")
            let localWeekday = SimTime(milliseconds: time.milliseconds - 5 * 3_600_000).weekday
            #expect((1...5).contains(localWeekday), "sent on weekday \(localWeekday)")
        }
    }

    @Test func respectsTheCampaignDailyLimit() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(dailyLimit: 15), leads: worldLeads(100))
        simulator.advance(by: .seconds(3 * 86_400 - 60))  // Monday 09:00 to Wednesday 08:59 in Detroit
        let sent = try await simulator.emails(ofCampaign: id, type: "sent")
        let perDay = Dictionary(grouping: sent) { String(($0["timestamp_email"]?.stringValue ?? "").prefix(10)) }.mapValues(\.count)
        #expect(perDay.values.allSatisfy { $0 <= 15 })
        #expect(perDay["2026-11-02"] == 15)
        #expect(sent.count == 45)
    }

    @Test func respectsEachAccountsDailyLimit() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        // grace@ sends at most 40 a day; the campaign would allow 100.
        let id = try await simulator.launch(WorldCampaign(senders: ["grace@northwind.test"], dailyLimit: 100), leads: worldLeads(100))
        simulator.advance(by: .seconds(86_400))
        let sent = try await simulator.emails(ofCampaign: id, type: "sent")
        #expect(sent.count == 40)
        #expect(sent.allSatisfy { $0["eaccount"] == "grace@northwind.test" && $0["from_address_email"] == "grace@northwind.test" })
    }

    @Test func rotatesSendersAndSkipsAccountsInError() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(senders: ["ada@northwind.test", "grace@northwind.test"], dailyLimit: 20), leads: worldLeads(20))
        _ = try await simulator.call(.patch, "/api/v2/campaigns/\(id)", json: ["email_list": ["ada@northwind.test", "grace@northwind.test", "linus@northwind.test"]])
        simulator.advance(by: .seconds(86_400))
        let accounts = try await simulator.emails(ofCampaign: id, type: "sent").compactMap { $0["eaccount"]?.stringValue }
        #expect(Set(accounts) == ["ada@northwind.test", "grace@northwind.test"])
        #expect(accounts.filter { $0 == "ada@northwind.test" }.count == 10)
    }

    @Test func followUpsWaitTheStepDelayAndThreadWithTheFirstEmail() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(stepDelays: [2, 1]), leads: worldLeads(5))
        simulator.advance(by: .seconds(86_400))
        #expect(try await simulator.emails(ofCampaign: id, type: "sent").count == 5)
        simulator.advance(by: .seconds(2 * 86_400))
        let sent = try await simulator.emails(ofCampaign: id, type: "sent")
        let followUps = sent.filter { $0["step"] == "1" }
        #expect(!followUps.isEmpty)
        for followUp in followUps {
            let first = sent.first { $0["step"] == "0" && $0["lead"] == followUp["lead"] }
            #expect(first?["thread_id"] == followUp["thread_id"])
            #expect(followUp["subject"]?.stringValue == "Re: " + (first?["subject"]?.stringValue ?? ""))
            let gap = (SimTime(iso8601: followUp["timestamp_email"]?.stringValue ?? "")?.milliseconds ?? 0)
                - (SimTime(iso8601: first?["timestamp_email"]?.stringValue ?? "")?.milliseconds ?? 0)
            #expect(gap >= 2 * 86_400_000)
        }
    }

    @Test func repliesLandInTheUniboxAndInAnalytics() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(), leads: worldLeads(80))
        simulator.advance(by: .seconds(4 * 86_400))
        let replies = try await simulator.emails(ofCampaign: id, type: "received")
        let stats = try await simulator.analytics(id)
        #expect(replies.count > 0)
        #expect(stats["reply_count"]?.intValue == replies.count)
        #expect(stats["leads_count"] == 80)
        #expect(stats["contacted_count"] == 80)
        for reply in replies {
            #expect(reply["subject"]?.stringValue?.hasPrefix("Re: Hello Lead") == true)
            #expect(reply["ue_type"] == 2 && reply["is_unread"] == 1)
            #expect(reply["lead"]?.stringValue?.hasSuffix("@acme.test") == true && reply["from_address_email"] == reply["lead"])
            #expect(reply["body"]?["text"]?.stringValue?.isEmpty == false)
        }
        // The replying leads carry their reply and stop (stop_on_reply).
        let lead = try await simulator.call(.get, "/api/v2/leads/\(replies[0]["lead_id"]?.stringValue ?? "")")
        #expect((lead.json["email_reply_count"]?.intValue ?? 0) >= 1)
        #expect(lead.json["status"] == 3)
        #expect(lead.json["timestamp_last_reply"] != nil)
    }

    @Test func bounceProtectStopsACampaignThatBounces() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(), leads: worldLeads(60, at: "bounce.test"))
        simulator.advance(by: .seconds(86_400))
        let campaign = try await simulator.call(.get, "/api/v2/campaigns/\(id)")
        #expect(campaign.json["status"] == -2)
        let stats = try await simulator.analytics(id)
        #expect(stats["emails_sent_count"] == 20)
        #expect(stats["bounced_count"] == 20)
    }

    @Test func aCampaignWhoseLeadsAreAllDoneCompletes() async throws {
        let simulator = Simulator.world()
        try await simulator.quietDemo()
        let id = try await simulator.launch(WorldCampaign(stepDelays: [1]), leads: worldLeads(6))
        simulator.advance(by: .seconds(86_400))
        let campaign = try await simulator.call(.get, "/api/v2/campaigns/\(id)")
        #expect(campaign.json["status"] == 3)
        let stats = try await simulator.analytics(id)
        #expect(stats["emails_sent_count"] == 6)
        #expect(stats["completed_count"].flatMap(\.intValue).map { $0 + (stats["bounced_count"]?.intValue ?? 0) } == 6)
    }

    @Test func theSameSeedReplaysTheSameWorld() async throws {
        func run(seed: UInt64) async throws -> [JSON] {
            let simulator = Simulator.world(seed: seed)
            let id = try await simulator.launch(WorldCampaign(), leads: worldLeads(60))
            simulator.advance(by: .seconds(3 * 86_400))
            return try await simulator.emails(ofCampaign: id, type: "received") + [try await simulator.analytics(id)]
        }
        let first = try await run(seed: 7), second = try await run(seed: 7)
        #expect(first == second)
        #expect(try await run(seed: 8) != first)
    }

    @Test func advancingTwoDaysWithThousandsOfLeadsIsFast() async throws {
        let simulator = Simulator.world()
        let id = try await simulator.launch(WorldCampaign(dailyLimit: 1000), leads: worldLeads(5000))
        let clock = ContinuousClock()
        let elapsed = clock.measure { simulator.advance(by: .seconds(2 * 86_400)) }
        #expect(elapsed < .seconds(2), "advance took \(elapsed)")
        let stats = try await simulator.analytics(id)
        #expect(stats["leads_count"] == 5000)
        #expect((stats["emails_sent_count"]?.intValue ?? 0) > 0)
    }
}
