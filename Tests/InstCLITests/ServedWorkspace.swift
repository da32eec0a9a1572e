import Foundation
import InstRuntime

/// A temporary workspace whose `inst` runs talk to an `inst sim serve` of their own — Instantly and
/// GoHighLevel on one port, with a key, a token and the location: live services as far as `inst`
/// can tell, so state outlives each run — and append to one audit log in the folder.
final class ServedWorkspace {
    let workspace: ExampleWorkspace
    private let server: ServingInst
    /// `http://127.0.0.1:PORT`: both services' base URL, and the simulator clock's.
    let base: String

    /// Starts `inst sim serve` (seed 7), with `faults` (`500:2%,reset:1%`) if given.
    init(faults: String? = nil) throws {
        workspace = try ExampleWorkspace()
        (server, base) = try Self.simulator(arguments: faults.map { ["--faults", $0] } ?? [])
    }

    deinit { server.kill() }

    /// Starts `inst sim serve --port 0 --seed 7` (plus `arguments`); it and its base URL, read from
    /// its first line (stopped if that line names no port).
    static func simulator(arguments: [String] = []) throws -> (server: ServingInst, base: String) {
        let server = try ServingInst(arguments: ["sim", "serve", "--port", "0", "--seed", "7"] + arguments)
        let line = try server.firstLine()
        guard let port = SimServeTests.port(in: line) else {
            server.kill()
            throw ServingInst.Failure(description: "unexpected first line: \(line)")
        }
        return (server, "http://127.0.0.1:\(port)")
    }

    /// The credentials and base URLs of a user pointed at the simulator.
    var environment: [String: String] {
        ["INSTANTLY_API_KEY": "test-key", "INSTANTLY_BASE_URL": base,
         "GHL_TOKEN": "test-token", "GHL_BASE_URL": base, "GHL_LOCATION_ID": "loc_northwind"]
    }

    /// Runs `inst` in the workspace against the simulator.
    func inst(_ arguments: [String]) async throws -> InstBinary.Outcome {
        try await workspace.inst(arguments, environment: environment)
    }

    var audit: String { workspace.directory.path + "/audit.jsonl" }

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

    /// The email of every GoHighLevel contact tagged `tag`, one per contact, as a search finds them.
    func contactEmails(tagged tag: String) async throws -> [String] {
        let outcome = try await inst(["-c", """
            require ghl "contacts.readonly"
            for c in (ghl.contacts.search filters=[{field: "tags", operator: "eq", value: "\(tag)"}]) { print $c.email }
            """])
        guard outcome.status == 0 else { throw ServingInst.Failure(description: "search failed: \(outcome.error)") }
        return outcome.output.split(separator: "\n").map(String.init)
    }

    func stop() { server.kill() }
}
