import Foundation
import InstRuntime
import InstTestSupport
import InstTransport
import Synchronization
import Testing

@Suite struct AuditMiddlewareTests {
    private let folder: TemporaryDirectory
    private let path: String
    private let log: AuditLog

    init() throws {
        folder = try TemporaryDirectory()
        path = folder.path + "/audit.jsonl"
        log = try AuditLog(path: path)
    }

    /// A middleware whose clocks stand still except where `tick` moves the monotonic one 2 ms per read.
    private func middleware(mode: AuditMode, line: Int = 7) throws -> AuditMiddleware {
        let ticks = Mutex(0)
        return AuditMiddleware(
            log: log,
            clock: AuditClock(
                wallMilliseconds: { 1_735_787_045_678 },
                monotonic: { .milliseconds(ticks.withLock { $0 += 2; return $0 }) }
            ),
            context: { AuditContext(runID: "run-9", mode: mode, scriptPath: "s.inst", scriptSHA256: "abc", line: line) },
            governorWait: { .microseconds(250) }
        )
    }

    private let write = TransportRequest(
        service: .instantly, method: .post, pathTemplate: "/api/v2/leads",
        headers: ["Authorization": "Bearer sk-live-SECRET-123", "X-Api-Key": "SECRET-456"],
        body: Array(#"{"email":"a@example.com"}"#.utf8), operationID: "instantly.leads.create", effect: .write
    )

    private let read = TransportRequest(
        service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/c1",
        headers: ["Authorization": "Bearer sk-live-SECRET-123"], operationID: "instantly.campaigns.get", effect: .read
    )

    /// The records in the file, the deferred ones (reads, planned calls) written first.
    private func records() throws -> [AuditRecord] {
        try log.flush()
        let (records, unreadable) = AuditRecord.records(in: try AuditFixture.bytes(path))
        #expect(unreadable.isEmpty)
        return records
    }

    @Test func liveWriteWritesItsIntentBeforeSending() async throws {
        let audit = try middleware(mode: .live)
        let path = path
        _ = try await audit.intercept(write) { _ in
            let (onDisk, _) = AuditRecord.records(in: try AuditFixture.bytes(path))
            #expect(onDisk.map(\.outcome) == [.intent])
            return TransportResponse(status: 200)
        }
        let records = try records()
        #expect(records.map(\.outcome) == [.intent, .sent])
        #expect(records.map(\.status) == [nil, 200])
        let result = records[1]
        #expect(result.latencyMicroseconds == 2000)
        #expect(result.waitMicroseconds == 250)
        #expect(result.time == "2025-01-02T03:04:05.678Z")
        #expect(result.line == 7 && result.runID == "run-9" && result.scriptPath == "s.inst" && result.mode == .live)
        #expect(result.pathTemplate == "/api/v2/leads" && result.effect == "write" && !result.dryRun)
        #expect(result.requestDigest == AuditDigest.request(write))
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }

    @Test func noSecretReachesTheFile() async throws {
        let audit = try middleware(mode: .live)
        _ = try await audit.intercept(write) { _ in TransportResponse(status: 201, headers: ["Set-Cookie": "SECRET-789"]) }
        _ = try await audit.intercept(read) { _ in TransportResponse(status: 200) }
        let text = String(decoding: try AuditFixture.bytes(path), as: UTF8.self)
        #expect(try records().count == 3)
        for secret in ["SECRET", "Bearer", "Authorization", "X-Api-Key", "a@example.com"] {
            #expect(!text.contains(secret), "\(secret) reached the audit log")
        }
    }

    @Test func headersDoNotChangeTheRequestDigest() {
        var other = write
        other.headers = ["Authorization": "Bearer another"]
        #expect(AuditDigest.request(other) == AuditDigest.request(write))
        other.body = Array("{}".utf8)
        #expect(AuditDigest.request(other) != AuditDigest.request(write))
    }

    @Test func dryRunPlansWritesAndSendsReads() async throws {
        let audit = try middleware(mode: .dryRun)
        _ = try await audit.intercept(read) { _ in TransportResponse(status: 200) }
        _ = try await audit.intercept(write) { _ in TransportResponse(status: 200) }
        let records = try records()
        #expect(records.map(\.outcome) == [.sent, .planned])
        #expect(records.map(\.dryRun) == [false, true])
        #expect(records.map(\.pathTemplate) == ["/api/v2/campaigns/{id}", "/api/v2/leads"])
    }

    @Test func aWriteThatMayHaveLandedIsUnknown() async throws {
        let audit = try middleware(mode: .live)
        _ = try await audit.intercept(write) { _ in TransportResponse(status: 502) }
        await #expect(throws: TransportError.timeout(after: .seconds(30))) {
            try await audit.intercept(write) { _ in throw TransportError.timeout(after: .seconds(30)) }
        }
        await #expect(throws: TransportError.self) {
            try await audit.intercept(write) { _ in throw TransportError.invalidRequest("bad") }
        }
        await #expect(throws: TransportError.self) {
            try await audit.intercept(read) { _ in throw TransportError.connection("reset") }
        }
        #expect(try records().map(\.outcome) == [.intent, .unknown, .intent, .unknown, .intent, .failed, .failed])
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }
}
