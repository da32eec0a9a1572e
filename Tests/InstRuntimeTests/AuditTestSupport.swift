import Foundation
import InstRuntime
import InstTestSupport

/// Records and files for the audit tests.
enum AuditFixture {
    /// A record to append; the log fills in its sequence and previous hash.
    static func record(_ operation: String = "instantly.leads.create", status: Int? = 200, line: Int? = 3) -> AuditRecord {
        AuditRecord(
            sequence: 0, time: "2025-01-02T03:04:05.678Z", runID: "run-1", mode: .live,
            scriptPath: "load.inst", scriptSHA256: String(repeating: "a", count: 64), line: line,
            operation: operation, method: "POST", pathTemplate: "/api/v2/leads", effect: "write",
            requestDigest: String(repeating: "b", count: 64), dryRun: false, status: status,
            latencyMicroseconds: 1500, waitMicroseconds: 0, outcome: .sent
        )
    }

    /// A log of `count` records in a fresh folder.
    static func log(records count: Int, in folder: TemporaryDirectory) throws -> String {
        let path = folder.path + "/state/inst/audit.jsonl"
        let log = try AuditLog(path: path)
        for index in 0..<count { try log.append(record(status: 200 + index)) }
        return path
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func lines(_ path: String) throws -> [String] {
        String(decoding: try bytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func write(_ lines: [String], to path: String) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }
}
