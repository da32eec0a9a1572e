import Foundation
import InstRuntime
import InstTestSupport
import Testing

/// `inst audit verify` and `inst audit show`, through the built binary.
@Suite struct AuditCommandTests {
    private let folder: TemporaryDirectory
    /// `$XDG_STATE_HOME/inst/audit.jsonl` with XDG_STATE_HOME = the folder.
    private let path: String

    init() throws {
        folder = try TemporaryDirectory()
        path = folder.path + "/inst/audit.jsonl"
        let log = try AuditLog(path: path)
        let operations = ["instantly.campaigns.get", "instantly.leads.create", "instantly.leads.create", "instantly.campaigns.pause"]
        for (index, operation) in operations.enumerated() {
            try log.append(AuditRecord(
                sequence: 0, time: "2025-01-0\(index + 1)T10:00:00.000Z", runID: "run-abcdefgh-1", mode: .live,
                scriptPath: "load.inst", line: 10 + index, operation: operation, method: index == 0 ? "GET" : "POST",
                pathTemplate: "/api/v2/x", effect: index == 0 ? "read" : "write",
                requestDigest: String(repeating: "c", count: 64), dryRun: false, status: 200,
                latencyMicroseconds: 1234, waitMicroseconds: 0, outcome: .sent
            ))
        }
    }

    private func inst(_ arguments: [String]) throws -> InstBinary.Outcome {
        try InstBinary.run(arguments, environment: ["XDG_STATE_HOME": folder.path])
    }

    @Test func verifyAnIntactLog() throws {
        let outcome = try inst(["audit", "verify", path])
        #expect(outcome.status == 0)
        #expect(outcome.output == "\(path): 4 records, chain intact\n")
        #expect(try inst(["audit", "verify"]).output == outcome.output)
    }

    @Test func verifyNamesTheFirstBrokenRecord() throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: #""line":12"#, with: #""line":13"#).write(toFile: path, atomically: false, encoding: .utf8)
        let outcome = try inst(["audit", "verify", path])
        #expect(outcome.status == 1)
        #expect(outcome.error == "error: \(path):3: hash mismatch: the record was changed after it was written (2 earlier records verify)\n")
    }

    @Test func verifyAMissingFile() throws {
        let outcome = try inst(["audit", "verify", folder.path + "/none.jsonl"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("no such readable file"))
    }

    @Test func showFiltersByOperationAndTime() throws {
        let outcome = try inst(["audit", "show", "--op", "instantly.leads", "--since", "2025-01-03"])
        #expect(outcome.status == 0)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains("operation") == true)
        #expect(lines.last?.contains("2025-01-03T10:00:00.000Z") == true)
        #expect(lines.last?.contains("instantly.leads.create") == true)
        #expect(lines.last?.contains("run-abcd") == true)
        #expect(lines.last?.contains("1.2") == true)
        #expect(try inst(["audit", "show", path]).output.split(separator: "\n").count == 6)
    }

    @Test func showFiltersByRunAndPrintsWholeRunIDs() throws {
        let outcome = try inst(["audit", "show", "--run", "run-abcdefgh-1"])
        #expect(outcome.status == 0)
        #expect(outcome.output.split(separator: "\n").count == 6)
        #expect(outcome.output.contains("run-abcdefgh-1"), "the whole id, as --resume takes it")
        #expect(try inst(["audit", "show", "--run", "other"]).output == "no records\n")
    }

    @Test func showRejectsABadTime() throws {
        let outcome = try inst(["audit", "show", "--since", "yesterday"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--since takes an ISO 8601 date"))
    }
}
