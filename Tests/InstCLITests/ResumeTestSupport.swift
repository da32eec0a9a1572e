import Foundation
import InstRuntime

/// A temporary workspace whose `inst` runs talk to an `inst sim serve` of their own (live, with
/// a key), and append to one audit log in the folder.
final class ServedWorkspace {
    let workspace: ExampleWorkspace
    private let server: ServingInst
    private let port: Int

    /// Starts the server (seed 7), with `faults` (`500:2%,reset:1%`) if given.
    init(faults: String?) throws {
        workspace = try ExampleWorkspace()
        server = try ServingInst(arguments: ["sim", "serve", "--port", "0", "--seed", "7"] + (faults.map { ["--faults", $0] } ?? []))
        let line = try server.firstLine()
        guard let port = SimServeTests.port(in: line) else {
            server.kill()
            throw ServingInst.Failure(description: "unexpected first line: \(line)")
        }
        self.port = port
    }

    var audit: String { workspace.directory.path + "/audit.jsonl" }

    /// Runs `inst` in the workspace against the server.
    func inst(_ arguments: [String]) async throws -> InstBinary.Outcome {
        try await workspace.inst(arguments, environment: [
            "INSTANTLY_API_KEY": "test-key", "INSTANTLY_BASE_URL": "http://127.0.0.1:\(port)",
        ])
    }

    /// The audit log's records.
    func records() throws -> [AuditRecord] {
        AuditRecord.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: audit)))).records
    }

    /// The run ids in the audit log, in order of first appearance.
    func runIDs() throws -> [String] {
        var seen: [String] = []
        for record in try records() where !seen.contains(record.runID) { seen.append(record.runID) }
        return seen
    }

    func stop() { server.kill() }
}
