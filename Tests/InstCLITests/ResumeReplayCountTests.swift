import Foundation
import InstRuntime
import Testing

/// `--resume` through the built binary against `inst sim serve`: the writes answered from the
/// audit log get no intent record and do not count toward `--max-writes`; only sent writes do.
@Suite(.timeLimit(.minutes(2))) struct ResumeReplayCountTests {
    @Test func maxWritesCountsOnlyTheWritesAResumedRunSends() async throws {
        let served = try ServedWorkspace(faults: nil)
        defer { served.stop() }
        try served.workspace.write("load.inst", ResumeEndToEndTests.script)
        let run = ["run", "load.inst", "--live", "--audit", served.audit]

        // The campaign and 6 leads are 7 writes; the first run sends 3.
        let stopped = try await served.inst(run + ["--max-writes", "3"])
        #expect(stopped.status == 3, "stderr: \(stopped.error)")
        let runID = try #require(try served.runIDs().first)

        // 3 replayed, then 3 sent: the cap of 3 stops the last write, not the 4th.
        let second = try await served.inst(run + ["--resume", runID, "--max-writes", "3"])
        #expect(second.status == 3, "stderr: \(second.error)")
        #expect(second.error.contains("would be write 4 of this run; the cap is 3"), "stderr: \(second.error)")

        // 6 replayed, 1 sent: --max-writes 1 is enough.
        let third = try await served.inst(run + ["--resume", runID, "--max-writes", "1"])
        #expect(third.status == 0, "stderr: \(third.error)")
        #expect(third.output == "leads: 6\ncampaigns: 1\n")

        let writes = try served.records().filter { $0.runID == runID && $0.effect == "write" }
        #expect(writes.map(\.outcome.rawValue) == [
            "intent", "sent", "intent", "sent", "intent", "sent",
            "replayed", "replayed", "replayed", "intent", "sent", "intent", "sent", "intent", "sent",
            "replayed", "replayed", "replayed", "replayed", "replayed", "replayed", "intent", "sent",
        ], "no intent for a replayed write")
        #expect(writes.allSatisfy { $0.backend?.hasPrefix("http://127.0.0.1:") == true })
        let verify = try await served.inst(["audit", "verify", served.audit])
        #expect(verify.status == 0, "stderr: \(verify.error)")
    }
}
