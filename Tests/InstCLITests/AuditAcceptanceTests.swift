import Foundation
import Testing

/// Issue 4's acceptance for the audit log: `verify_then_load.inst` sent live against
/// `inst sim serve` leaves a chain that verifies, and one edited byte makes `inst audit verify`
/// fail naming the record's line.
@Suite(.timeLimit(.minutes(2))) struct AuditAcceptanceTests {
    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func liveRunChainVerifiesAndOneEditedByteIsCaught() async throws {
        let served = try ServedWorkspace(faults: nil)
        defer { served.stop() }
        let outcome = try await served.inst(["run", "verify_then_load.inst", "--live", "--audit", served.audit])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.hasPrefix("loaded 4, skipped 2\n"))

        let records = try served.records()
        let writes = records.filter { $0.effect == "write" && $0.outcome == .sent }.map(\.operation)
        #expect(writes == Array(repeating: "instantly.leads.create", count: 4) + ["instantly.campaigns.pause"])
        #expect(records.filter { $0.outcome == .intent }.count == records.filter { $0.effect != "read" }.count / 2)
        #expect(Set(records.map(\.runID)).count == 1)
        #expect(records.filter { $0.operation == "instantly.leads.create" }.map(\.units) == Array(repeating: 1, count: 8))
        #expect(records.filter { $0.operation == "instantly.leads.create" && $0.outcome == .sent }.allSatisfy { $0.answer?.contains("\"email\"") == true })
        #expect(records.allSatisfy { $0.scriptPath == "verify_then_load.inst" && $0.mode == .live && !$0.dryRun })

        let intact = try await served.inst(["audit", "verify", served.audit])
        #expect(intact.status == 0, "stderr: \(intact.error)")
        #expect(intact.output == "\(served.audit): \(records.count) records, chain intact\n")

        // One byte of the fifth record: its status 200 becomes 201.
        var lines = try String(contentsOfFile: served.audit, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edited = try #require(lines[4].range(of: #""status":200"#))
        lines[4].replaceSubrange(edited, with: #""status":201"#)
        try lines.joined(separator: "\n").write(toFile: served.audit, atomically: false, encoding: .utf8)

        let broken = try await served.inst(["audit", "verify", served.audit])
        #expect(broken.status == 1)
        #expect(broken.error.contains("\(served.audit):5: hash mismatch"), "stderr: \(broken.error)")
    }
}
