import InstRuntime
import InstTestSupport
import Testing

/// Records of calls that change nothing wait and are written with the next record, in order.
@Suite struct AuditDeferredTests {
    private func operations(in path: String) throws -> [String] {
        AuditRecord.records(in: try AuditFixture.bytes(path)).records.map(\.operation)
    }

    private func record(_ operation: String) -> AuditRecord {
        AuditFixture.record(operation)
    }

    @Test func deferredRecordsAreWrittenWithTheNextOneInOrder() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let log = try AuditLog(path: path)
        try log.defer(record("read.1"))
        try log.defer(record("read.2"))
        #expect(try operations(in: path).isEmpty)
        try log.writeIntent(record("write.3"))
        #expect(try operations(in: path) == ["read.1", "read.2", "write.3"])
        try log.defer(record("read.4"))
        try log.flush()
        try log.flush()
        #expect(try operations(in: path) == ["read.1", "read.2", "write.3", "read.4"])
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)) == AuditVerifier.Report(validRecords: 4, problem: nil))
    }

    @Test func aFullBatchIsWrittenAndAnotherWriterInBetweenKeepsTheChain() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let first = try AuditLog(path: path)
        let second = try AuditLog(path: path)
        for index in 1..<AuditLog.deferredLimit { try first.defer(record("a.\(index)")) }
        try second.append(record("b"))
        try first.defer(record("a.last"))
        let written = try operations(in: path)
        #expect(written.count == AuditLog.deferredLimit + 1)
        #expect(written.first == "b" && written.last == "a.last")
        #expect(AuditVerifier.verify(try AuditFixture.bytes(path)).isIntact)
    }
}
