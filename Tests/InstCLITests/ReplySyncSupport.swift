import Foundation

/// A temporary workspace whose `inst` runs talk to an `inst sim serve` of their own, Instantly and
/// GoHighLevel both (the simulator serves them on one port): live services as far as `inst`
/// can tell, so state outlives each run and a dry-run's answers are made up by the advisors.
final class ReplySyncServer {
    let workspace: ExampleWorkspace
    private let server: ServingInst
    private let port: Int

    init() throws {
        workspace = try ExampleWorkspace()
        server = try ServingInst(arguments: ["sim", "serve", "--port", "0", "--seed", "7"])
        let line = try server.firstLine()
        guard let port = SimServeTests.port(in: line) else {
            server.kill()
            throw ServingInst.Failure(description: "unexpected first line: \(line)")
        }
        self.port = port
    }

    deinit { server.kill() }

    /// Runs `inst` in the workspace against the server, with a key, a token and the location.
    func inst(_ arguments: [String]) async throws -> InstBinary.Outcome {
        let base = "http://127.0.0.1:\(port)"
        return try await workspace.inst(arguments, environment: [
            "INSTANTLY_API_KEY": "test-key", "INSTANTLY_BASE_URL": base,
            "GHL_TOKEN": "test-token", "GHL_BASE_URL": base, "GHL_LOCATION_ID": "loc_northwind",
        ])
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
}

/// The scripts the reply-sync tests run.
enum ReplySyncScripts {
    static let replySync = HelloExampleTests.examples.appendingPathComponent("reply_sync.inst")
    static let available = FileManager.default.fileExists(atPath: replySync.path)

    /// Copies the normative `reply_sync.inst`, unchanged, into `workspace`.
    static func copyReplySync(into workspace: ExampleWorkspace) throws {
        try workspace.write("reply_sync.inst", try String(contentsOf: replySync, encoding: .utf8))
    }

    /// The stdlib procedure called by a script of its own.
    static let stdlibSync = """
        require instantly "campaigns:read" "emails:read" "leads:read"
        require ghl "contacts.write" "workflows.readonly"
        use sync
        let summary = (sync.replies_to_ghl campaign="Q4 Partnerships" tag="instantly-q4" workflow="Hot reply")
        print "synced $summary.synced, skipped $summary.skipped"
        """

    /// The number in `synced N` at the start of `output`.
    static func synced(in output: String) -> Int? {
        guard let start = output.range(of: "synced ") else { return nil }
        return Int(output[start.upperBound...].prefix { $0.isNumber })
    }
}
