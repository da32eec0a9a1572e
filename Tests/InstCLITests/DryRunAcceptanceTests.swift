import Foundation
import InstRuntime
import Testing

/// Dry-run through the built `inst`: the normative `verify_then_load.inst` against the embedded
/// simulator prints its plan (the lead creates, the pause, law 7) and saves it with `--plan`.
@Suite(.timeLimit(.minutes(2))) struct DryRunAcceptanceTests {
    nonisolated(unsafe) static let pauseLine = #/  \d+\. POST \/api\/v2\/campaigns\/[0-9a-f-]{36}\/pause  \(campaigns:update\)  verify_then_load\.inst:\d+/#
    nonisolated(unsafe) static let leadLine = #/  \d+\. POST \/api\/v2\/leads  \(leads:create\)  verify_then_load\.inst:\d+/#

    static func json(at path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func verifyThenLoadPrintsItsPlanAndSavesIt() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["run", "verify_then_load.inst", "--sim", "--plan", "plan.json"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.hasPrefix("loaded 4, skipped 2\n"))

        let lines = outcome.error.split(separator: "\n").map(String.init)
        #expect(lines.first == "dry-run: nothing was sent; planned writes (run with --live to send them):")
        #expect(lines.count { $0.wholeMatch(of: Self.leadLine) != nil } == 4)
        #expect(lines.count { $0.wholeMatch(of: Self.pauseLine) != nil } == 1)
        #expect(lines.contains { $0.contains("\"email\": \"maria.chen@harbor-health.test\"") })
        #expect(lines.contains { $0.contains("warning: duplicate lead: maria.chen@harbor-health.test") })
        let note = try #require(lines.first { $0.hasPrefix("  law 7: ") })
        #expect(note.contains("4 leads loaded into campaign \"Q4 Executive Peer\""))
        #expect(note.hasSuffix("the script re-read it afterwards (status: active) and paused it"))
        #expect(lines.last == "plan: 4 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent")

        let planPath = workspace.directory.path + "/plan.json"
        let plan = try Self.json(at: planPath)
        #expect(plan["format"] as? String == "inst.plan/1")
        #expect(plan["mode"] as? String == "dry-run")
        #expect(plan["backend"] as? String == "sim")
        #expect(plan["sent"] as? Int == 0)
        let script = try #require(plan["script"] as? [String: String])
        let text = try String(contentsOfFile: workspace.directory.path + "/verify_then_load.inst", encoding: .utf8)
        #expect(script == ["path": "verify_then_load.inst", "sha256": AuditDigest.sha256(Array(text.utf8))])
        let writes = try #require(plan["writes"] as? [[String: Any]])
        #expect(writes.map { $0["path_template"] as? String } == Array(repeating: "/api/v2/leads", count: 4) + ["/api/v2/campaigns/{id}/pause"])
        #expect(writes.allSatisfy { ($0["body_sha256"] as? String)?.count == 64 && $0["body"] != nil })
        #expect(writes.allSatisfy { ($0["site"] as? String)?.hasPrefix("verify_then_load.inst:") == true })
        #expect((plan["notes"] as? [String])?.first?.hasPrefix("law 7: ") == true)
        let saved = try String(contentsOfFile: planPath, encoding: .utf8)
        for secret in ["Authorization", "authorization", "Bearer", "inst-demo-workspace", "headers", "User-Agent"] {
            #expect(!saved.contains(secret), "the plan contains \(secret)")
        }
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func aOneLinerWithAWriteShowsItsPlan() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["--sim", "-c", "instantly.campaigns.pause (instantly.campaigns.list | first).id"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.error.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.wholeMatch(of: #/  1\. POST \/api\/v2\/campaigns\/[0-9a-f-]{36}\/pause  \(campaigns:update\)  -c:1/#) != nil })
        #expect(lines.last == "plan: 1 × POST /api/v2/campaigns/{id}/pause; 0 sent")
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func aLiveRunSavesWhatItSentAndPrintsNoPlan() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["run", "verify_then_load.inst", "--sim", "--live", "--plan", "sent.json"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(!outcome.error.contains("plan:"))
        let plan = try Self.json(at: workspace.directory.path + "/sent.json")
        #expect(plan["mode"] as? String == "live")
        #expect(plan["sent"] as? Int == 5)
        let writes = try #require(plan["writes"] as? [[String: Any]])
        #expect(writes.allSatisfy { $0["planned"] as? Bool == false })
    }
}
