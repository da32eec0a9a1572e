import Foundation
import InstRuntime
import InstTransport
import Testing

@Suite struct PlanRenderingTests {
    static func entry(
        _ sequence: Int, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil, body: String?,
        line: Int, warnings: [String] = [], planned: Bool = true
    ) -> PlanEntry {
        let request = TransportRequest(
            service: .instantly, method: method, pathTemplate: template, path: path, body: body.map { Array($0.utf8) },
            operationID: "instantly.x", effect: .write)
        return PlanEntry(
            sequence: sequence, request: request, scopes: ["leads:create", "all:all"],
            site: CallSite(file: "load.inst", line: line, column: 1, command: "instantly.x"), warnings: warnings, planned: planned)
    }

    static let longText = String(repeating: "word ", count: 40)

    static func plan(mode: AuditMode = .dryRun) -> Plan {
        Plan(
            script: ScriptIdentity(path: "load.inst", sha256: "abc123"), parameters: ["file": "leads.csv", "campaign": "Q4"],
            mode: mode, backend: "sim", runID: "20261122T074512Z-3f9a1c",
            entries: [
                entry(1, .post, "/api/v2/leads", body: #"{"email":"a@b.test","first_name":"Ann"}"#, line: 17, planned: mode == .dryRun),
                entry(2, .post, "/api/v2/leads", body: #"{"email":"c@d.test","personalization":"\#(longText)"}"#, line: 17,
                      warnings: ["duplicate lead: c@d.test"], planned: mode == .dryRun),
                entry(3, .post, "/api/v2/campaigns/{id}/pause", path: "/api/v2/campaigns/c1/pause", body: "{}", line: 28,
                      planned: mode == .dryRun),
            ],
            notes: ["law 7: 2 leads loaded into campaign c1 …"])
    }

    @Test func theTextListsEachWriteWithItsScopeLineBodyAndWarnings() {
        let lines = Self.plan().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "dry-run: nothing was sent; planned writes (run with --live to send them):")
        #expect(lines[1] == "  1. POST /api/v2/leads  (leads:create)  load.inst:17")
        #expect(lines[2] == #"      {"email": "a@b.test", "first_name": "Ann"}"#)
        #expect(lines[3] == "  2. POST /api/v2/leads  (leads:create)  load.inst:17")
        #expect(lines[4] == #"      {"email": "c@d.test","#)
        #expect(lines[5].hasPrefix(#"       "personalization": "word word"#) && lines[5].hasSuffix(#"word…"}"#))
        #expect(lines[6] == "      warning: duplicate lead: c@d.test")
        #expect(lines[7] == "  3. POST /api/v2/campaigns/c1/pause  (leads:create)  load.inst:28")
        #expect(lines[8] == "      {}")
        #expect(lines[9] == "notes:")
        #expect(lines[10] == "  law 7: 2 leads loaded into campaign c1 …")
        #expect(lines[11] == "plan: 2 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent")
        #expect(lines[12] == "")
        #expect(lines.allSatisfy { $0.count <= 110 })
    }

    @Test func theSummaryCountsWhatWasSentInALiveRun() {
        let plan = Self.plan(mode: .live)
        #expect(plan.summaryText == "2 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 3 sent")
        #expect(plan.text.hasPrefix("live run: writes sent:\n"))
        let empty = Plan(script: nil, parameters: [:], mode: .dryRun, backend: "http", runID: "r", entries: [], notes: [])
        #expect(empty.text == "dry-run: nothing was sent; no writes planned\nplan: no writes; 0 sent\n")
    }

    @Test func aLongBodyIsFoldedOntoLinesAndNeverShownWhole() {
        let email = String(repeating: "<div>line</div>", count: 200)
        let fields = (1...12).map { #""field_\#($0)": "value number \#($0)""# }.joined(separator: ",")
        let body = #"{"body": "\#(email)", \#(fields)}"#
        let lines = Self.entry(1, .post, "/api/v2/campaigns", body: body, line: 3).bodyLines(in: Self.plan())
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.joined().count < 1_000)
        #expect(lines.last?.hasSuffix("}") == true)
        #expect(Self.entry(1, .post, "/x", body: "plain text\nbody", line: 1).bodyLines(in: Self.plan()) == ["plain text body"])
        #expect(Self.entry(1, .delete, "/x", body: nil, line: 1).bodyLines(in: Self.plan()) == [])
    }

    @Test func theJSONFormHasTheScriptTheWritesWithDigestsAndNoHeaders() throws {
        let bytes = try Self.plan().json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(json["format"] as? String == "inst.plan/1")
        #expect((json["script"] as? [String: String]) == ["path": "load.inst", "sha256": "abc123"])
        #expect((json["params"] as? [String: String]) == ["file": "leads.csv", "campaign": "Q4"])
        #expect(json["mode"] as? String == "dry-run")
        #expect(json["backend"] as? String == "sim")
        #expect(json["run_id"] as? String == "20261122T074512Z-3f9a1c")
        #expect(json["sent"] as? Int == 0)
        #expect(json["notes"] as? [String] == ["law 7: 2 leads loaded into campaign c1 …"])
        let writes = try #require(json["writes"] as? [[String: Any]])
        #expect(writes.count == 3)
        let first = writes[0]
        #expect(first["sequence"] as? Int == 1)
        #expect(first["operation"] as? String == "instantly.x")
        #expect(first["method"] as? String == "POST")
        #expect(first["path"] as? String == "/api/v2/leads")
        #expect(first["path_template"] as? String == "/api/v2/leads")
        #expect(first["scope"] as? String == "leads:create")
        #expect(first["site"] as? String == "load.inst:17")
        #expect((first["body"] as? [String: String]) == ["email": "a@b.test", "first_name": "Ann"])
        #expect(first["body_sha256"] as? String == AuditDigest.sha256(Array(#"{"email":"a@b.test","first_name":"Ann"}"#.utf8)))
        #expect(writes[1]["warnings"] as? [String] == ["duplicate lead: c@d.test"])
        #expect(writes[2]["path"] as? String == "/api/v2/campaigns/c1/pause")
        let summary = try #require(json["summary"] as? [[String: Any]])
        #expect(summary.map { $0["count"] as? Int } == [2, 1])
        #expect(summary.map { $0["path_template"] as? String } == ["/api/v2/leads", "/api/v2/campaigns/{id}/pause"])
        let text = String(decoding: bytes, as: UTF8.self)
        for secret in ["headers", "Authorization", "Bearer", "User-Agent"] { #expect(!text.contains(secret)) }
        // The long body is whole in the JSON form.
        #expect(text.contains(Self.longText))
    }
}

extension PlanEntry {
    /// The body lines of this entry in `plan`'s text.
    func bodyLines(in plan: Plan) -> [String] {
        var plan = plan
        plan.entries = [self]
        plan.notes = []
        let lines = plan.text.split(separator: "\n").map(String.init)
        return lines.dropFirst(2).dropLast().map { String($0.dropFirst(6)) }
    }
}
