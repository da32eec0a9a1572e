import Foundation
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// Version 3 records: where a call went (`backend`) and the procedures it went through (`via`),
/// both in the hash chain; older records still verify and still count toward the per-day caps.
@Suite struct AuditBackendViaTests {
    private static let via = "sync.replies_to_ghl (sync.inst:34) → ghl.upsert (ghl.inst:8)"

    private static func versioned(_ version: Int, sequence: Int, after previous: AuditRecord?) -> AuditRecord {
        var record = AuditFixture.record()
        record.version = version
        record.sequence = sequence
        record.previousHash = previous?.hash ?? AuditRecord.genesisHash
        if version >= 2 { record.units = 1 }
        if version >= 3 {
            record.backend = "https://api.instantly.ai"
            record.via = via
        }
        return record
    }

    private static func file(_ records: [AuditRecord]) -> [UInt8] {
        Array(records.map { String(decoding: $0.jsonLine, as: UTF8.self) + "\n" }.joined().utf8)
    }

    @Test func canonicalFormEndsWithBackendAndVia() {
        let record = Self.versioned(3, sequence: 1, after: nil)
        let line = String(decoding: record.jsonLine, as: UTF8.self)
        #expect(line.contains(#""answer":null,"backend":"https://api.instantly.ai","via":"sync.replies_to_ghl (sync.inst:34) → ghl.upsert (ghl.inst:8)","prev_hash":"#))
    }

    @Test func aLogOfVersionsOneTwoAndThreeVerifies() {
        let first = Self.versioned(1, sequence: 1, after: nil)
        let second = Self.versioned(2, sequence: 2, after: first)
        let third = Self.versioned(3, sequence: 3, after: second)
        let bytes = Self.file([first, second, third])
        #expect(!String(decoding: first.jsonLine, as: UTF8.self).contains("backend"))
        #expect(!String(decoding: second.jsonLine, as: UTF8.self).contains("backend"))
        #expect(AuditVerifier.verify(bytes) == AuditVerifier.Report(validRecords: 3, problem: nil))
        let read = AuditRecord.records(in: bytes).records
        #expect(read.map(\.backend) == [nil, nil, "https://api.instantly.ai"])
        #expect(read.map(\.via) == [nil, nil, Self.via])
    }

    @Test(arguments: [
        (#""backend":"https://api.instantly.ai""#, #""backend":"sim""#),
        (#""via":"sync.replies_to_ghl (sync.inst:34)"#, #""via":"other.proc (sync.inst:34)"#),
    ])
    func changingBackendOrViaBreaksTheChain(original: String, changed: String) {
        let first = Self.versioned(3, sequence: 1, after: nil)
        let second = Self.versioned(3, sequence: 2, after: first)
        let text = String(decoding: Self.file([first, second]), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let tampered = Array((lines[0] + "\n" + lines[1].replacingOccurrences(of: original, with: changed) + "\n").utf8)
        #expect(AuditVerifier.verify(tampered) == AuditVerifier.Report(validRecords: 1, problem: AuditProblem(line: 2, kind: .hashMismatch)))
    }

    @Test func aVersionTwoLineGivenABackendIsNotCanonical() {
        let old = Self.versioned(2, sequence: 1, after: nil)
        let line = String(decoding: old.jsonLine, as: UTF8.self)
            .replacingOccurrences(of: #","prev_hash""#, with: #","backend":"sim","prev_hash""#)
        #expect(AuditVerifier.verify(Array((line + "\n").utf8)).problem?.kind == .notCanonical)
    }

    @Test(arguments: [
        ("https://api.instantly.ai", "https://api.instantly.ai"),
        ("https://API.Instantly.ai/api/v2/", "https://api.instantly.ai"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("http://user:s3cret@127.0.0.1:4010/proxy/tok123?key=abc#x", "http://127.0.0.1:4010"),
        ("https://services.leadconnectorhq.com?token=t", "https://services.leadconnectorhq.com"),
    ])
    func backendIsTheBaseURLsOrigin(baseURL: String, origin: String) {
        #expect(AuditBackend.origin(ofBaseURL: baseURL) == origin)
    }

    @Test func viaJoinsTheProcedureChainOutermostFirst() {
        let site = CallSite(file: "run.inst", line: 4, column: 1, command: "ghl.contacts.upsert", via: [
            .init(procedure: "sync.replies_to_ghl", file: "sync.inst", line: 34),
            .init(procedure: "ghl.upsert", file: "ghl.inst", line: 8),
        ])
        #expect(AuditContext.via(of: site) == Self.via)
        #expect(AuditContext.via(of: CallSite(file: "run.inst", line: 4, column: 1, command: "x")) == nil)
        let journal = RunJournal(runID: "run-9", mode: .live, scriptPath: "run.inst")
        journal.enter(site)
        #expect(AuditContext(journal: journal) == AuditContext(runID: "run-9", mode: .live, scriptPath: "run.inst", line: 4, via: Self.via))
        journal.leave()
        #expect(AuditContext(journal: journal).via == nil)
    }

    @Test func middlewareRecordsBackendAndVia() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let audit = AuditMiddleware(
            log: try AuditLog(path: path), context: { AuditContext(runID: "run-1", mode: .live, line: 4, via: Self.via) },
            backend: { $0.service == .instantly ? AuditBackend.simulator : nil })
        _ = try await audit.intercept(LedgerMiddlewareTests.write) { _ in TransportResponse(status: 200, body: Array("{}".utf8)) }
        let records = AuditRecord.records(in: try AuditFixture.bytes(path)).records
        #expect(records.map(\.outcome) == [.intent, .sent])
        #expect(records.map(\.backend) == ["sim", "sim"])
        #expect(records.map(\.via) == [Self.via, Self.via])
        #expect(records.map(\.version) == [3, 3])
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }

    @Test func dailyUsageCountsOnlyTheSameBackendAndOlderRecords() {
        func record(_ backend: String?, version: Int = 3) -> AuditRecord {
            var record = AuditFixture.record()
            record.version = version
            record.backend = backend
            record.units = version >= 2 ? 10 : nil
            return record
        }
        let records = [
            record("https://api.instantly.ai"), record("sim"), record("http://127.0.0.1:4010"),
            record(nil, version: 2), record(nil, version: 1),
        ]
        let since = Int64(1_735_700_000_000)  // 2025-01-01, before the fixture's time
        let units: (AuditRecord) -> RequestUsage = { RequestUsage(leads: $0.units ?? 1) }
        #expect(DailyUsage(records: records, since: since, backend: "https://api.instantly.ai", units: units).leads == 21)
        #expect(DailyUsage(records: records, since: since, backend: "http://127.0.0.1:4010", units: units).leads == 21)
        #expect(DailyUsage(records: records, since: since, units: units).leads == 41, "no backend given: every record")
    }
}
