import Foundation
import InstRuntime
import Testing

/// SIGTERM (a service manager stopping the job, `timeout`) stops `inst run` as Ctrl-C does: the
/// script ends at its current line, exit status 130, and every call it made is in the audit log.
@Suite struct RunTerminationTests {
    @Test func sigtermStopsARunCleanlyWithItsAuditRecordsWritten() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("loop.inst", """
            require instantly "campaigns:read"
            while true {
              instantly.campaigns.list | count
            }
            """)
        let audit = workspace.directory.appendingPathComponent("audit.jsonl").path
        let run = try ServingInst(arguments: [
            "run", "--sim", workspace.directory.appendingPathComponent("loop.inst").path, "--audit", audit,
        ])
        defer { run.kill() }
        // Reads are written to the log in batches: the first batch shows the loop is running.
        let deadline = Date().addingTimeInterval(30)
        while (try? Data(contentsOf: URL(fileURLWithPath: audit)))?.isEmpty ?? true, Date() < deadline { usleep(10_000) }
        let outcome = try run.terminate()
        #expect(outcome.status == 130, "stderr: \(outcome.error)")
        #expect(outcome.error.contains("interrupted at "))
        let records = AuditRecord.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: audit)))).records
        #expect(records.count > 0 && records.allSatisfy { $0.operation == "instantly.campaigns.list" })
        let verified = try await workspace.inst(["audit", "verify", audit])
        #expect(verified.status == 0, "\(verified.output) \(verified.error)")
    }
}
