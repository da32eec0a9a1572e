import Foundation
import InstLanguage
import InstRuntime
import InstTestSupport
import InstTransport
import Synchronization
import Testing

/// `--resume` through the policy, audit and ledger layers as a run stacks them: a write the
/// ledger answers from the log gets no intent record and counts toward no cap; the rest are
/// recorded and counted as sent writes.
@Suite struct AuditResumeReplayTests {
    /// The service behind the layers, counting what reaches it.
    private final class Service: Transport {
        let received = Mutex<[String]>([])
        var preferredExecutor: (any TaskExecutor)? { nil }

        func send(_ request: TransportRequest) async throws -> TransportResponse {
            received.withLock { $0.append(String(decoding: request.body ?? [], as: UTF8.self)) }
            return TransportResponse(status: 200, body: Array(#"{"id":"new"}"#.utf8))
        }
    }

    private let folder: TemporaryDirectory
    private let path: String
    private let service = Service()

    init() throws {
        folder = try TemporaryDirectory()
        path = folder.path + "/audit.jsonl"
    }

    private static func write(_ email: String) -> TransportRequest {
        var request = LedgerMiddlewareTests.write
        request.body = Array(#"{"campaign":"c1","email":"\#(email)"}"#.utf8)
        return request
    }

    private static func confirmed(_ email: String) -> LedgerEntry {
        LedgerEntry(key: LedgerKey(write(email)), state: .confirmed(status: 200, answer: Array(#"{"id":"\#(email)"}"#.utf8)))
    }

    /// The run's layers, outermost first: policy caps, audit, ledger; `live` as `!journal.plans`.
    private func transport(
        resuming entries: [LedgerEntry], maxWrites: Int?, live: Bool = true, probe: OutcomeVerdict = .notLanded
    ) throws -> (MiddlewareTransport, RunLedger) {
        let ledger = RunLedger(runID: "run-r", entries: entries)
        let replays = ResumeReplays(ledger: ledger, sends: { _ in live })
        let layers: [any TransportMiddleware] = [
            PolicyMiddleware(policy: RunPolicy(maxWrites: maxWrites), usage: { _ in RequestUsage() }, replays: replays),
            AuditMiddleware(
                log: try AuditLog(path: path), context: { AuditContext(runID: "run-r", mode: live ? .live : .dryRun) },
                isPlanned: { _, _ in !live }, replays: replays),
            LedgerMiddleware(
                runID: "run-r", sends: { _ in live }, probe: LedgerMiddlewareTests.Probe(verdict: probe), ledger: ledger),
        ]
        return (MiddlewareTransport(service, middleware: layers), ledger)
    }

    private func records() throws -> [AuditRecord] {
        AuditRecord.records(in: try AuditFixture.bytes(path)).records
    }

    @Test func replayedWritesHaveNoIntentAndDoNotCountTowardMaxWrites() async throws {
        let (transport, ledger) = try transport(resuming: ["a", "b", "c"].map(Self.confirmed), maxWrites: 2)
        for email in ["a", "b", "c", "d", "e"] {
            let answer = try await transport.send(Self.write(email))
            #expect(answer.status == 200)
        }
        #expect(ledger.remaining == 0)
        #expect(service.received.withLock { $0.count } == 2, "only d and e were sent")
        await #expect(throws: ScriptError.self) { _ = try await transport.send(Self.write("f")) }
        #expect(service.received.withLock { $0.count } == 2, "the third sent write crosses --max-writes 2")
        let records = try records()
        #expect(records.map(\.outcome) == [.replayed, .replayed, .replayed, .intent, .sent, .intent, .sent])
        #expect(records.prefix(3).map(\.note) == Array(repeating: LedgerMark.replayed.rawValue, count: 3))
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }

    @Test func theOuterLayersAndTheLedgerShareOneEntryPerWrite() async throws {
        let (transport, ledger) = try transport(resuming: [Self.confirmed("a")], maxWrites: 1)
        _ = try await transport.send(Self.write("a"))
        _ = try await transport.send(Self.write("a"))
        #expect(ledger.remaining == 0)
        #expect(service.received.withLock { $0.count } == 1, "the earlier run made one such write: the second is sent")
        #expect(try records().map(\.outcome) == [.replayed, .intent, .sent])
    }

    @Test func aWriteOfUnknownOutcomeIsCountedAndHasItsIntent() async throws {
        let unknown = LedgerEntry(key: LedgerKey(Self.write("a")), state: .unknown)
        let (transport, _) = try transport(resuming: [unknown], maxWrites: 1)
        _ = try await transport.send(Self.write("a"))
        #expect(service.received.withLock { $0.count } == 1, "read back as not landed, so sent once more")
        #expect(try records().map(\.outcome) == [.intent, .sent])
        await #expect(throws: ScriptError.self) { _ = try await transport.send(Self.write("b")) }
    }

    @Test func plannedWritesLeaveTheLedgerAlone() async throws {
        let (transport, ledger) = try transport(resuming: [Self.confirmed("a")], maxWrites: 5, live: false)
        _ = try await transport.send(Self.write("a"))
        #expect(ledger.remaining == 1)
    }

    /// An earlier attempt's intent left pending (the process died) stays unknown after a version 3
    /// replay of the same write, which has no intent of its own; a version 2 replay ended its own.
    @Test(arguments: [3, 2])
    func aReplayLeavesAnEarlierPendingIntentUnknown(version: Int) {
        func record(_ outcome: AuditOutcome, _ digest: String) -> AuditRecord {
            var record = AuditFixture.record(status: outcome == .intent ? nil : 200)
            record.version = version
            record.outcome = outcome
            record.requestDigest = digest
            return record
        }
        // The first attempt: c and a confirmed, then a second a in flight when the process died.
        var records = [record(.intent, "c"), record(.sent, "c"), record(.intent, "a"), record(.sent, "a"), record(.intent, "a")]
        // The resume replays c and the first a.
        for digest in ["c", "a"] {
            if version < 3 { records.append(record(.intent, digest)) }
            records.append(record(.replayed, digest))
        }
        let entries = LedgerEntry.entries(of: "run-1", in: records)
        #expect(entries.map(\.key.requestDigest) == ["c", "a", "a"])
        #expect(entries.map(\.state) == [.confirmed(status: 200, answer: nil), .confirmed(status: 200, answer: nil), .unknown])
    }
}
