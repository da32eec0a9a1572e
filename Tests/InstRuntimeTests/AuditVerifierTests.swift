import Foundation
import InstRuntime
import InstTestSupport
import Testing

@Suite struct AuditVerifierTests {
    private func verify(_ lines: [String]) throws -> AuditVerifier.Report {
        AuditVerifier.verify(Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    @Test func editingOneByteFailsAtThatRecord() throws {
        let folder = try TemporaryDirectory()
        var lines = try AuditFixture.lines(try AuditFixture.log(records: 4, in: folder))
        lines[2] = lines[2].replacingOccurrences(of: #""status":202"#, with: #""status":203"#)
        #expect(try verify(lines) == AuditVerifier.Report(validRecords: 2, problem: AuditProblem(line: 3, kind: .hashMismatch)))
    }

    @Test func everySingleByteEditIsCaught() throws {
        let folder = try TemporaryDirectory()
        let bytes = try AuditFixture.bytes(try AuditFixture.log(records: 2, in: folder))
        let secondLine = try #require(bytes.firstIndex(of: UInt8(ascii: "\n"))) + 1
        for offset in secondLine..<(bytes.count - 1) {
            var edited = bytes
            edited[offset] = edited[offset] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
            let report = AuditVerifier.verify(edited)
            #expect(report.problem?.line == 2, "edit at byte \(offset) not caught")
        }
    }

    @Test func deletingALineBreaksTheChain() throws {
        let folder = try TemporaryDirectory()
        var lines = try AuditFixture.lines(try AuditFixture.log(records: 4, in: folder))
        lines.remove(at: 1)
        #expect(try verify(lines).problem == AuditProblem(line: 2, kind: .brokenLink))
        #expect(try verify(Array(lines.dropFirst())).problem == AuditProblem(line: 1, kind: .brokenLink))
    }

    @Test func reorderingBreaksTheChain() throws {
        let folder = try TemporaryDirectory()
        var lines = try AuditFixture.lines(try AuditFixture.log(records: 3, in: folder))
        lines.swapAt(1, 2)
        #expect(try verify(lines).problem == AuditProblem(line: 2, kind: .brokenLink))
    }

    @Test func otherDamage() throws {
        let folder = try TemporaryDirectory()
        let lines = try AuditFixture.lines(try AuditFixture.log(records: 2, in: folder))
        #expect(try verify([lines[0], "{not json"]).problem?.kind.isBadJSON == true)
        #expect(try verify([lines[0], #"{"version":1}"#]).problem == AuditProblem(line: 2, kind: .malformed(#"field "sequence" is missing"#)))
        #expect(try verify([lines[0], lines[1].replacingOccurrences(of: ",", with: ", ")]).problem == AuditProblem(line: 2, kind: .notCanonical))
        let cut = Array((lines[0] + "\n" + lines[1].prefix(40)).utf8)
        #expect(AuditVerifier.verify(cut).problem == AuditProblem(line: 2, kind: .incomplete))
        #expect(AuditVerifier.verify([]) == AuditVerifier.Report(validRecords: 0, problem: nil))
    }

    @Test func sequenceGapWithRecomputedHashes() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let log = try AuditLog(path: path)
        let first = try log.append(AuditFixture.record())
        var forged = AuditFixture.record()
        forged.sequence = 5
        forged.previousHash = first.hash
        let lines = try AuditFixture.lines(path) + [String(decoding: forged.jsonLine, as: UTF8.self)]
        #expect(try verify(lines).problem == AuditProblem(line: 2, kind: .sequenceGap(expected: 2, found: 5)))
    }

    @Test func problemsNameTheLine() {
        #expect(AuditProblem(line: 7, kind: .hashMismatch).description == "line 7: hash mismatch: the record was changed after it was written")
    }
}

extension AuditProblem.Kind {
    fileprivate var isBadJSON: Bool {
        if case .badJSON = self { return true }
        return false
    }
}
