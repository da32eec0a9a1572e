import Foundation
import Testing

/// `stdlib/lifecycle.inst` run through the built binary against the embedded simulator, with
/// the normative `safe_launch.inst` unchanged.
@Suite struct StdlibLifecycleTests {
    static let safeLaunch = HelloExampleTests.examples.appendingPathComponent("safe_launch.inst")
    static let available = FileManager.default.fileExists(atPath: safeLaunch.path)

    private func workspaceWithSafeLaunch() throws -> ExampleWorkspace {
        let workspace = try ExampleWorkspace()
        try workspace.write("safe_launch.inst", try String(contentsOf: Self.safeLaunch, encoding: .utf8))
        return workspace
    }

    @Test(.enabled(if: available, "../shared/examples/safe_launch.inst is absent"))
    func safeLaunchDryRunPlansTheCreateAndNoActivation() async throws {
        let workspace = try workspaceWithSafeLaunch()
        let outcome = try await workspace.inst(["run", "--sim", "safe_launch.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "created Q1 Partnerships paused; run again with --var go=true to launch\n")
        #expect(outcome.error.contains("America/New_York is not accepted by Instantly"))
        #expect(outcome.error.contains("1. POST /api/v2/campaigns  (campaigns:create)  safe_launch.inst:20"))
        #expect(outcome.error.contains(#""timezone":"America/Detroit""#) || outcome.error.contains("America/Detroit"))
        #expect(!outcome.error.contains("/activate"))
        #expect(outcome.error.contains("plan: 1 × POST /api/v2/campaigns; 0 sent"))
    }

    @Test(.enabled(if: available, "../shared/examples/safe_launch.inst is absent"))
    func safeLaunchDryRunWithGoPlansTheActivation() async throws {
        let workspace = try workspaceWithSafeLaunch()
        let outcome = try await workspace.inst(["run", "--sim", "safe_launch.inst", "--var", "go=true"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "")
        #expect(outcome.error.contains("2. POST /api/v2/campaigns/"))
        #expect(outcome.error.contains("/activate  (campaigns:update)  safe_launch.inst:26\n"))
        #expect(outcome.error.contains("via lifecycle.launch (stdlib/lifecycle.inst:"))
        #expect(outcome.error.contains("0 sent"))
    }

    /// Live against the simulator: nothing fails, and the audit log shows the activation was sent
    /// with `{}` and answered with an active campaign, then read back.
    @Test(.enabled(if: available, "../shared/examples/safe_launch.inst is absent"))
    func safeLaunchLiveWithGoLeavesTheCampaignActive() async throws {
        let workspace = try workspaceWithSafeLaunch()
        let outcome = try await workspace.inst(["run", "--sim", "--live", "safe_launch.inst", "--var", "go=true"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "")
        #expect(!outcome.error.contains("error"))
        let audit = try String(contentsOfFile: workspace.environment["XDG_STATE_HOME", default: ""] + "/inst/audit.jsonl", encoding: .utf8)
        let records = audit.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let sent = records.filter { $0["outcome"] as? String == "sent" }
        let operations = sent.compactMap { $0["operation"] as? String }
        #expect(operations.contains("instantly.campaigns.create"))
        let activation = try #require(sent.first { $0["operation"] as? String == "instantly.campaigns.activate" })
        #expect(activation["status"] as? Int == 200)
        let answer = try #require((activation["answer"] as? String).map { Data($0.utf8) })
        let campaign = try #require(try JSONSerialization.jsonObject(with: answer) as? [String: Any])
        #expect(campaign["status"] as? Int == 1)
        #expect(operations.last == "instantly.campaigns.get")
    }

    @Test func diagnoseExplainsTheDemoCampaigns() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("diagnose.inst", """
            require instantly "campaigns:read" "accounts:read"
            use lifecycle
            for c in (instantly.campaigns.list) {
              for p in (lifecycle.diagnose $c.id) { print "$c.name: $p" }
            }
            """)
        let outcome = try await workspace.inst(["run", "--sim", "diagnose.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Q4 Executive Peer: no leads (analytics leads_count is 0, law 10); fix:") })
        #expect(lines.contains { $0.hasPrefix("Q4 Executive Peer: not sending: Campaign is completed") })
        #expect(lines.contains { $0.hasPrefix("Q4 Practitioner: not sending: Campaign is completed") && $0.contains("fix: load new leads") })
        #expect(!lines.contains { $0.hasPrefix("Q4 Partnerships:") })
        #expect(!lines.contains { $0.hasPrefix("Q4 Practitioner: no leads") })
    }

    /// A broken campaign, live: every problem with its fix; launch refuses with the problems;
    /// create_paused, launch and hold walk a good one through draft, active and paused.
    @Test func diagnoseLaunchAndHoldOnABrokenAndAGoodCampaign() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("walk.inst", """
            require instantly "campaigns:read" "accounts:read" "campaigns:create" "campaigns:update"
            use lifecycle
            let s = (lifecycle.schedule timezone=America/Detroit end_date="2026-01-01")
            let broken = (instantly.campaigns.create name="Broken" campaign_schedule=$s sequences=[{steps: []}] email_list=["linus@northwind.test", "nobody@northwind.test"])
            for p in (lifecycle.diagnose $broken.id) { print "problem: $p" }
            try { lifecycle.launch $broken.id } catch err { print "launch refused: $(len $err.problems) problems" }
            let good = (lifecycle.create_paused "Fine" $s [{subject: "Hi", body: "Hello {{first_name}}"}] ["ada@northwind.test"])
            let body = $good.sequences[0].steps[0].variants[0].body
            print "created: $good.status_label $body"
            print "launched: $((lifecycle.launch $good.id).status_label)"
            print "held: $((lifecycle.hold $good.id).status_label)"
            print "held again: $((lifecycle.hold $good.id).status_label)"
            """)
        let outcome = try await workspace.inst(["run", "--sim", "--live", "walk.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let problems = outcome.output.split(separator: "\n").filter { $0.hasPrefix("problem: ") }
        #expect(problems.count == 4)
        #expect(problems.contains { $0.hasPrefix("problem: no sequence steps; fix:") })
        #expect(problems.contains { $0.contains("linus@northwind.test is connection_error") && $0.contains("fix:") })
        #expect(problems.contains { $0.contains("nobody@northwind.test is not in the workspace") })
        #expect(problems.contains { $0.hasPrefix("problem: the schedule ended on 2026-01-01; fix:") })
        #expect(outcome.output.contains("launch refused: 4 problems\n"))
        #expect(outcome.output.contains("created: draft <div>Hello {{first_name}}</div>\n"))
        #expect(outcome.output.contains("launched: active\nheld: paused\nheld again: paused\n"))
    }

    @Test func scheduleBuildsInstantlysShapeAndRefusesNonsense() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("schedule.inst", """
            require instantly "campaigns:read"
            use lifecycle
            print (json.format (lifecycle.schedule timezone=America/New_York from="08:30" to="16:00" days=[Monday, wed, FRI, sun]))
            for bad in [{from: "9:00"}, {from: "18:00"}, {days: []}, {days: [mon, funday]}, {zone: "Mars/Olympus"}, {to: "24:00"}] {
              try {
                lifecycle.schedule timezone=($bad.zone ?? "America/Chicago") from=($bad.from ?? "09:00") to=($bad.to ?? "17:00") days=($bad.days ?? [mon])
              } catch err { print "refused: $err.message" }
            }
            """)
        let outcome = try await workspace.inst(["run", "--sim", "schedule.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == #"{"schedules":[{"name":"Working hours","timing":{"from":"08:30","to":"16:00"},"days":{"0":true,"1":true,"2":false,"3":true,"4":false,"5":true,"6":false},"timezone":"America/Detroit"}]}"#)
        #expect(outcome.error.contains("America/New_York is not accepted by Instantly"))
        #expect(Array(lines.dropFirst()) == [
            #"refused: lifecycle.schedule: from must be a time "HH:MM" (24-hour), not "9:00""#,
            "refused: lifecycle.schedule: from (18:00) must be before to (17:00)",
            "refused: lifecycle.schedule: days must be a non-empty list such as [mon, tue, wed, thu, fri]",
            "refused: lifecycle.schedule: 'funday' is not a day (use sun, mon, tue, wed, thu, fri, sat)",
            "refused: lifecycle.schedule: zone: Mars/Olympus is not a known timezone",
            #"refused: lifecycle.schedule: to must be a time "HH:MM" (24-hour), not "24:00""#,
        ])
    }
}
