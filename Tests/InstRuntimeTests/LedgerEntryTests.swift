import Foundation
import InstRuntime
import InstTestSupport
import Testing

/// Reading a run's writes back from its audit records.
@Suite struct LedgerEntryTests {
    static func record(_ outcome: AuditOutcome, digest: String = "d1", status: Int? = 200, run: String = "run-1",
                       note: String? = nil, answer: String? = nil, effect: String = "write") -> AuditRecord {
        AuditRecord(
            sequence: 0, time: "2025-01-02T03:04:05.678Z", runID: run, mode: .live, operation: "instantly.leads.create",
            method: "POST", pathTemplate: "/api/v2/leads", effect: effect, requestDigest: digest, dryRun: false,
            status: outcome == .intent ? nil : status, outcome: outcome, note: note, answer: answer)
    }

    static func key(_ digest: String) -> LedgerKey { LedgerKey(operation: "instantly.leads.create", requestDigest: digest) }

    @Test func settlesEachIntentByItsResult() {
        let records = [
            Self.record(.intent, digest: "a"), Self.record(.sent, digest: "a", answer: #"{"id":"1"}"#),
            Self.record(.sent, digest: "r", effect: "read"),
            Self.record(.intent, digest: "b"), Self.record(.unknown, digest: "b", status: 502),
            Self.record(.intent, digest: "c"), Self.record(.sent, digest: "c", status: 400),
            Self.record(.intent, digest: "x", run: "run-2"),
            Self.record(.intent, digest: "d"),
        ]
        #expect(LedgerEntry.entries(of: "run-1", in: records) == [
            LedgerEntry(key: Self.key("a"), state: .confirmed(status: 200, answer: Array(#"{"id":"1"}"#.utf8))),
            LedgerEntry(key: Self.key("b"), state: .unknown),
            LedgerEntry(key: Self.key("d"), state: .unknown),
        ])
    }

    @Test func aResumedRunsRecordsDoNotAddWrites() {
        let records = [
            // The first attempt: a confirmed, b unknown.
            Self.record(.intent, digest: "a"), Self.record(.sent, digest: "a"),
            Self.record(.intent, digest: "b"), Self.record(.unknown, digest: "b", status: nil),
            // The resume: a replayed, b confirmed by reading back, c sent.
            Self.record(.intent, digest: "a"), Self.record(.replayed, digest: "a"),
            Self.record(.intent, digest: "b"), Self.record(.sent, digest: "b", note: LedgerMark.confirmed.rawValue),
            Self.record(.intent, digest: "c"), Self.record(.sent, digest: "c"),
        ]
        #expect(LedgerEntry.entries(of: "run-1", in: records).map(\.key) == [Self.key("a"), Self.key("b"), Self.key("c")])
        #expect(LedgerEntry.entries(of: "run-1", in: records).allSatisfy { $0.state != .unknown })
    }

    @Test func unknownRunListsRecentRuns() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let log = try AuditLog(path: path)
        for run in ["run-a", "run-b", "run-a"] { try log.append(Self.record(.sent, run: run)) }
        #expect(try RunLedger.load(runID: "run-a", auditPath: path).remaining == 2)
        do {
            _ = try RunLedger.load(runID: "run-zz", auditPath: path)
            Issue.record("expected an unknown run")
        } catch {
            let text = error.description
            #expect(text.contains("--resume run-zz: no run with that id"))
            #expect(text.contains("run-a") && text.contains("run-b"))
            #expect(text.range(of: "run-a")!.lowerBound < text.range(of: "run-b")!.lowerBound, "latest first")
        }
    }
}
