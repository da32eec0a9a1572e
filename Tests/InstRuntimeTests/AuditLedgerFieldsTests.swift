import Foundation
import InstLanguage
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// Version 2 records: what the ledger needs (answers, units, notes, `replayed`), and version 1
/// logs still verifying.
@Suite struct AuditLedgerFieldsTests {
    private let folder: TemporaryDirectory
    private let path: String

    init() throws {
        folder = try TemporaryDirectory()
        path = folder.path + "/audit.jsonl"
    }

    private func middleware(redact: @escaping @Sendable ([UInt8]) -> [UInt8] = { $0 }) throws -> AuditMiddleware {
        AuditMiddleware(
            log: try AuditLog(path: path), context: { AuditContext(runID: "run-3", mode: .live) },
            units: { $0.operationID == "instantly.leads.create" ? 1 : nil }, redactAnswer: { redact($1) })
    }

    private func records() throws -> [AuditRecord] {
        AuditRecord.records(in: try AuditFixture.bytes(path)).records
    }

    private let write = LedgerMiddlewareTests.write

    @Test func versionOneRecordsStillVerify() throws {
        var old = AuditFixture.record()
        old.version = 1
        old.sequence = 1
        let line = String(decoding: old.jsonLine, as: UTF8.self)
        #expect(!line.contains("\"answer\""))
        var new = AuditFixture.record()
        new.sequence = 2
        new.previousHash = old.hash
        new.answer = #"{"id":"l1"}"#
        new.units = 1
        let bytes = Array((line + "\n" + String(decoding: new.jsonLine, as: UTF8.self) + "\n").utf8)
        #expect(AuditVerifier.verify(bytes) == AuditVerifier.Report(validRecords: 2, problem: nil))
        #expect(AuditRecord.records(in: bytes).records.map(\.answer) == [nil, #"{"id":"l1"}"#])
    }

    @Test func confirmedWriteKeepsItsAnswerAndUnits() async throws {
        let audit = try middleware(redact: { Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "a@example.com", with: "pii:hmac:x").utf8) })
        _ = try await audit.intercept(write) { _ in TransportResponse(status: 200, body: Array(#"{"id":"l1","email":"a@example.com"}"#.utf8)) }
        let records = try records()
        #expect(records.map(\.outcome) == [.intent, .sent])
        #expect(records[1].answer == #"{"id":"l1","email":"pii:hmac:x"}"#)
        #expect(records.map(\.units) == [1, 1])
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }

    @Test func oversizedAnswersAreNotKept() async throws {
        let audit = try middleware()
        let big = Array(repeating: UInt8(ascii: "x"), count: AuditRecord.answerLimit + 1)
        _ = try await audit.intercept(write) { _ in TransportResponse(status: 200, body: big) }
        #expect(try records()[1].answer == nil)
    }

    @Test func ledgerMarksBecomeOutcomeAndNote() async throws {
        let audit = try middleware()
        let replayed = try await audit.intercept(write) { _ in LedgerMark.replayed.marking(TransportResponse(status: 200, body: Array("{}".utf8))) }
        #expect(!replayed.headers.contains(LedgerMark.header), "the mark does not reach the script")
        _ = try await audit.intercept(write) { _ in LedgerMark.confirmed.marking(TransportResponse(status: 200)) }
        let results = try records().filter { $0.outcome != .intent }
        #expect(results.map(\.outcome) == [.replayed, .sent])
        #expect(results.map(\.note) == [LedgerMark.replayed.rawValue, LedgerMark.confirmed.rawValue])
    }

    @Test func unknownOutcomeErrorIsRecordedAsUnknown() async throws {
        let audit = try middleware()
        let request = write
        await #expect(throws: ScriptError.self) {
            _ = try await audit.intercept(request) { _ in
                throw UnknownOutcome.error(request, reason: "HTTP 502", check: "no read back", runID: "run-3")
            }
        }
        #expect(try records().map(\.outcome) == [.intent, .unknown])
    }
}
