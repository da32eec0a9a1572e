import Foundation
import InstRuntime
import Testing

/// Audit records through the built binary: the `backend` each call went to keeps simulator runs
/// out of the real service's per-day caps, and `via` names the procedures a write went through;
/// `inst audit show` prints both.
@Suite(.timeLimit(.minutes(2))) struct AuditBackendEndToEndTests {
    static let loadSix = """
        require instantly "campaigns:create" "leads:create"
        let campaign = (instantly.campaigns.create name="Caps" campaign_schedule={schedules: [{name: "W", timing: {from: "09:00", to: "17:00"}, days: {"1": true}, timezone: "America/Chicago"}]})
        for i in (range 1 7) {
          instantly.leads.create campaign=$campaign.id email="lead$i@example.com"
        }
        """

    @Test func embeddedSimulatorLeadsDoNotCountTowardAServedBackendsDailyCap() async throws {
        let served = try ServedWorkspace(faults: nil)
        defer { served.stop() }
        try served.workspace.write("load.inst", Self.loadSix)

        let embedded = try await served.workspace.inst(["run", "--sim", "load.inst", "--live", "--audit", served.audit])
        #expect(embedded.status == 0, "stderr: \(embedded.error)")
        #expect(try served.records().filter { $0.outcome == .sent && $0.effect == "write" }.allSatisfy { $0.backend == "sim" })

        let capped = ["run", "load.inst", "--live", "--audit", served.audit, "--max-leads-per-day", "6"]
        let first = try await served.inst(capped)
        #expect(first.status == 0, "the embedded simulator's 6 leads are not this backend's; stderr: \(first.error)")
        let second = try await served.inst(capped)
        #expect(second.status == 3, "stderr: \(second.error)")
        #expect(second.error.contains("on top of 6 in the last 24 hours; the cap is 6"), "stderr: \(second.error)")
    }

    @Test(.enabled(if: StdlibLifecycleTests.available, "../shared/examples/safe_launch.inst is absent"))
    func aProcedureWriteRecordsItsViaAndShowPrintsIt() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("safe_launch.inst", try String(contentsOf: StdlibLifecycleTests.safeLaunch, encoding: .utf8))
        let audit = workspace.directory.path + "/audit.jsonl"
        let outcome = try await workspace.inst(["run", "--sim", "safe_launch.inst", "--live", "--var", "go=true", "--audit", audit])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")

        let records = AuditRecord.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: audit)))).records
        let activate = try #require(records.last { $0.operation == "instantly.campaigns.activate" && $0.outcome == .sent })
        #expect(activate.via?.hasPrefix("lifecycle.launch (stdlib/lifecycle.inst:") == true, "via: \(activate.via ?? "nil")")
        #expect(activate.line == 26)
        #expect(activate.backend == "sim")
        let create = try #require(records.first { $0.operation == "instantly.campaigns.create" })
        #expect(create.via == nil, "written in the script itself")

        let show = try await workspace.inst(["audit", "show", audit, "--op", "instantly.campaigns.activate"])
        #expect(show.status == 0, "stderr: \(show.error)")
        #expect(show.output.contains("via") && show.output.contains("backend"))
        // Tables cut cells at 40 characters.
        #expect(show.output.contains("lifecycle.launch (stdlib/lifecycle.inst"))
        #expect(show.output.contains("sim"))
    }
}
