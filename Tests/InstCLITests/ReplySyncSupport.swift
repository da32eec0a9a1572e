import Foundation

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
