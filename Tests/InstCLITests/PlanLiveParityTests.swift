import Foundation
import InstRuntime
import Testing

/// The plan is what a live run sends: `verify_then_load.inst` planned against the embedded
/// simulator, then run `--live` from the same state, makes the same writes in the same order
/// with the same bodies, and the live run's audit chain verifies.
@Suite(.timeLimit(.minutes(2))) struct PlanLiveParityTests {
    private struct Write: Equatable {
        let operation: String
        let method: String
        let path: String
        let bodySHA256: String
    }

    private func writes(inPlanAt path: String) throws -> [Write] {
        let plan = try DryRunAcceptanceTests.json(at: path)
        let writes = try #require(plan["writes"] as? [[String: Any]])
        return writes.compactMap { write in
            guard let operation = write["operation"] as? String, let method = write["method"] as? String,
                  let path = write["path"] as? String, let body = write["body_sha256"] as? String
            else { return nil }
            return Write(operation: operation, method: method, path: path, bodySHA256: body)
        }
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func theLiveRunSendsExactlyThePlannedWrites() async throws {
        let workspace = try ExampleWorkspace()
        let dry = try await workspace.inst(["run", "verify_then_load.inst", "--sim", "--plan", "dry.json", "--audit", "dry.jsonl"])
        #expect(dry.status == 0, "stderr: \(dry.error)")
        let live = try await workspace.inst(["run", "verify_then_load.inst", "--sim", "--live", "--plan", "live.json", "--audit", "live.jsonl"])
        #expect(live.status == 0, "stderr: \(live.error)")
        #expect(live.output == dry.output)
        #expect(live.error == "", "a live run prints no plan")

        let folder = workspace.directory.path
        let planned = try writes(inPlanAt: folder + "/dry.json")
        #expect(planned.map(\.operation) == Array(repeating: "instantly.leads.create", count: 4) + ["instantly.campaigns.pause"])
        #expect(try writes(inPlanAt: folder + "/live.json") == planned)

        // The audit logs agree: the dry-run's writes are planned, the live run's sent, with the same requests.
        let dryRecords = AuditRecord.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/dry.jsonl")))).records
        let liveRecords = AuditRecord.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/live.jsonl")))).records
        let plannedWrites = dryRecords.filter { $0.effect == "write" && $0.outcome == .planned }
        let sentWrites = liveRecords.filter { $0.effect == "write" && $0.outcome == .sent }
        #expect(plannedWrites.map(\.requestDigest) == sentWrites.map(\.requestDigest))
        #expect(sentWrites.count == 5)
        #expect(dryRecords.allSatisfy { $0.mode == .dryRun } && liveRecords.allSatisfy { $0.mode == .live })

        let verified = try await workspace.inst(["audit", "verify", "live.jsonl"])
        #expect(verified.status == 0, "\(verified.output)\(verified.error)")
    }
}
