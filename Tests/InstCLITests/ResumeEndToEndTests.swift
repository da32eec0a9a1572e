import Foundation
import InstRuntime
import Testing

/// `inst run --resume RUN_ID` through the built binary against `inst sim serve` (the embedded
/// simulator's state does not outlive a process): a live run stopped midway by `--max-writes`,
/// then resumed, leaves each lead and the campaign exactly once.
@Suite(.timeLimit(.minutes(2))) struct ResumeEndToEndTests {
    static let script = """
        param name = "Resume Test"
        require instantly "campaigns:create" "campaigns:read" "leads:create" "leads:read"

        let schedule = {schedules: [{name: "Weekdays", timing: {from: "09:00", to: "17:00"}, days: {"1": true, "2": true}, timezone: "America/Chicago"}]}
        let campaign = (instantly.campaigns.create name=$name campaign_schedule=$schedule)
        for i in (range 1 7) {
          instantly.leads.create campaign=$campaign.id email="lead$i@example.com" first_name="Lead $i"
        }
        print "leads: $(instantly.leads.list campaign=$campaign.id | count)"
        print "campaigns: $(instantly.campaigns.list search=$name | count)"
        """

    @Test func resumeCompletesWithoutDuplicates() async throws {
        let served = try ServedWorkspace(faults: nil)
        defer { served.stop() }
        try served.workspace.write("load.inst", Self.script)

        let stopped = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit, "--max-writes", "3"])
        #expect(stopped.status == 3, "stderr: \(stopped.error)")
        let runID = try #require(try served.runIDs().first)

        let resumed = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit, "--resume", runID])
        #expect(resumed.status == 0, "stderr: \(resumed.error)")
        #expect(resumed.output == "leads: 6\ncampaigns: 1\n")

        let records = try served.records().filter { $0.runID == runID && $0.outcome != .intent && $0.effect == "write" }
        #expect(records.map(\.outcome.rawValue) == ["sent", "sent", "sent", "replayed", "replayed", "replayed", "sent", "sent", "sent", "sent"])
        #expect(try served.runIDs() == [runID], "the resumed run keeps its id")

        let verify = try await served.inst(["audit", "verify", served.audit])
        #expect(verify.status == 0, "stderr: \(verify.error)")
    }

    @Test func unknownRunIDIsAUsageErrorListingRecentRuns() async throws {
        let served = try ServedWorkspace(faults: nil)
        defer { served.stop() }
        try served.workspace.write("load.inst", Self.script)
        _ = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit, "--max-writes", "1"])
        let runID = try #require(try served.runIDs().first)

        let outcome = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit, "--resume", "no-such-run"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--resume no-such-run: no run with that id in the audit log"))
        #expect(outcome.error.contains(runID))
    }

    @Test func theEmbeddedSimulatorCannotBeResumed() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("load.inst", Self.script)
        let outcome = try await workspace.inst(["run", "--sim", "load.inst", "--resume", "20261122T074209Z-dd5149"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--resume: the embedded simulator starts afresh each run"))
    }

    @Test func faultyServiceNeverDuplicatesALead() async throws {
        let served = try ServedWorkspace(faults: "500:20%,reset:10%")
        defer { served.stop() }
        try served.workspace.write("load.inst", Self.script)
        // Every unknown outcome is read back; one that stays unknown stops the run with
        // `unknown_outcome`, and resuming it (as often as that happens) finishes the work once.
        var outcome = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit])
        let runID = try #require(try served.runIDs().first)
        var resumes = 0
        while outcome.status != 0 && resumes < 5 {
            #expect(outcome.error.contains("may have been delivered, so inst will not send it again"), "stderr: \(outcome.error)")
            #expect(outcome.error.contains("--resume \(runID)"))
            outcome = try await served.inst(["run", "load.inst", "--live", "--audit", served.audit, "--resume", runID])
            resumes += 1
        }
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "leads: 6\ncampaigns: 1\n")
        let notes = try served.records().compactMap(\.note)
        #expect(!notes.isEmpty, "seed 7 with these faults makes at least one write's outcome unknown")
        #expect(notes.allSatisfy { $0 == LedgerMark.resent.rawValue || $0 == LedgerMark.confirmed.rawValue || $0 == LedgerMark.replayed.rawValue })
    }
}
