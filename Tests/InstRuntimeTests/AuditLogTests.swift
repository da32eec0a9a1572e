import Foundation
import InstRuntime
import InstTestSupport
import Testing

@Suite struct AuditLogTests {
    @Test func recordsChainAndRoundTrip() throws {
        let folder = try TemporaryDirectory()
        let path = try AuditFixture.log(records: 3, in: folder)
        let (records, unreadable) = AuditRecord.records(in: try AuditFixture.bytes(path))
        #expect(unreadable.isEmpty)
        #expect(records.map(\.sequence) == [1, 2, 3])
        #expect(records.map(\.status) == [200, 201, 202])
        #expect(records[0].previousHash == AuditRecord.genesisHash)
        #expect(records[1].previousHash == records[0].hash)
        #expect(records[2].previousHash == records[1].hash)
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)) == AuditVerifier.Report(validRecords: 3, problem: nil))
    }

    @Test func canonicalLineLayout() throws {
        var record = AuditFixture.record()
        record.sequence = 1
        let line = String(decoding: record.jsonLine, as: UTF8.self)
        #expect(line.hasPrefix(#"{"version":3,"sequence":1,"time":"2025-01-02T03:04:05.678Z","run_id":"run-1","mode":"live","script":"load.inst","#))
        #expect(line.contains(#""dry_run":false,"status":200,"latency_us":1500,"wait_us":0,"outcome":"sent","units":null,"note":null,"answer":null,"backend":null,"via":null,"prev_hash":"0000"#))
        #expect(line.hasSuffix(#","hash":"\#(record.hash)"}"#))
        #expect(!line.contains(" "))
    }

    @Test func fileIsPrivate() throws {
        let folder = try TemporaryDirectory()
        let path = try AuditFixture.log(records: 1, in: folder)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func refusesAFileOthersCanRead() throws {
        let folder = try TemporaryDirectory()
        let path = try AuditFixture.log(records: 1, in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: AuditLogError.tooOpen(path: path, mode: 0o100644)) { try AuditLog(path: path) }
        #expect(AuditLogError.tooOpen(path: path, mode: 0o100644).description.contains("chmod 600"))
    }

    @Test func secondWriterContinuesTheChain() throws {
        let folder = try TemporaryDirectory()
        let path = try AuditFixture.log(records: 2, in: folder)
        let second = try AuditLog(path: path)
        let written = try second.append(AuditFixture.record())
        #expect(written.sequence == 3)
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).validRecords == 3)
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }

    @Test func interleavedWritersKeepOneChain() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let first = try AuditLog(path: path), second = try AuditLog(path: path)
        for index in 0..<6 { try (index.isMultiple(of: 2) ? first : second).append(AuditFixture.record()) }
        let report = AuditVerifier.verify(try AuditFixture.bytes(path))
        #expect(report == AuditVerifier.Report(validRecords: 6, problem: nil))
    }

    @Test func refusesToContinueADamagedTail() throws {
        let folder = try TemporaryDirectory()
        let path = try AuditFixture.log(records: 2, in: folder)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"version":1,"seq"#.utf8))
        handle.closeFile()
        #expect(throws: AuditLogError.self) { try AuditLog(path: path).append(AuditFixture.record()) }
    }

    @Test func intentIsRecordedAsIntent() throws {
        let folder = try TemporaryDirectory()
        let log = try AuditLog(path: folder.path + "/audit.jsonl")
        let intent = try log.writeIntent(AuditFixture.record(status: nil))
        #expect(intent.outcome == .intent)
        #expect(intent.sequence == 1)
    }

    @Test func defaultPath() {
        #expect(AuditLog.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/inst/audit.jsonl")
        #expect(AuditLog.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/inst/audit.jsonl")
        #expect(AuditLog.defaultPath(environment: [:]) == nil)
    }

    @Test func timestamps() {
        #expect(AuditTimestamp.format(millisecondsSince1970: 0) == "1970-01-01T00:00:00.000Z")
        #expect(AuditTimestamp.format(millisecondsSince1970: 1_735_787_045_678) == "2025-01-02T03:04:05.678Z")
        #expect(AuditTimestamp.format(millisecondsSince1970: -1) == "1969-12-31T23:59:59.999Z")
    }
}
