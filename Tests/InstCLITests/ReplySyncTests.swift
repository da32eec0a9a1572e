import Foundation
import Testing

/// The reply → GoHighLevel automation through the built binary: the normative `reply_sync.inst`,
/// unchanged, and `sync.replies_to_ghl` (stdlib/sync.inst), each in a dry-run against the
/// embedded simulator and live, twice, against `inst sim serve`: every reply is synced once.
@Suite struct ReplySyncTests {
    static let upserts = "POST /contacts/upsert  (contacts.write)"

    @Test(.enabled(if: ReplySyncScripts.available, "../shared/examples/reply_sync.inst is absent"))
    func replySyncDryRunPlansUpsertsTagsAndWorkflows() async throws {
        let workspace = try ExampleWorkspace()
        try ReplySyncScripts.copyReplySync(into: workspace)
        let outcome = try await workspace.inst(["run", "--sim", "reply_sync.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "synced 4 replies\n")
        #expect(outcome.error.contains("1. \(Self.upserts)  reply_sync.inst:19"))
        #expect(outcome.error.contains(#""companyName": "#))
        #expect(outcome.error.contains("/tags  (contacts.write)  reply_sync.inst:20"))
        #expect(outcome.error.contains("/workflow/"))
        #expect(outcome.error.contains(
            "plan: 4 × POST /contacts/upsert, 4 × POST /contacts/{contactId}/tags, 4 × POST /contacts/{contactId}/workflow/{workflowId}; 0 sent"))
        #expect(!outcome.error.contains("law G1"))
    }

    @Test func stdlibSyncDryRunPlansTheSameWrites() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("sync.inst", ReplySyncScripts.stdlibSync)
        let outcome = try await workspace.inst(["run", "--sim", "sync.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "synced 4, skipped 0\n")
        #expect(outcome.error.contains("1. \(Self.upserts)  sync.inst:4\n      via sync.replies_to_ghl (stdlib/sync.inst:32)"))
        #expect(outcome.error.contains(
            "plan: 4 × POST /contacts/upsert, 4 × POST /contacts/{contactId}/tags, 4 × POST /contacts/{contactId}/workflow/{workflowId}; 0 sent"))
    }

    @Test(.enabled(if: ReplySyncScripts.available, "../shared/examples/reply_sync.inst is absent"))
    func replySyncLiveTwiceSyncsEachReplyOnce() async throws {
        let server = try ServedWorkspace()
        try ReplySyncScripts.copyReplySync(into: server.workspace)
        try await expectEachReplySyncedOnce(server, script: "reply_sync.inst", second: "synced 0 replies\n")
    }

    @Test func stdlibSyncLiveTwiceSyncsEachReplyOnce() async throws {
        let server = try ServedWorkspace()
        try server.workspace.write("sync.inst", ReplySyncScripts.stdlibSync)
        let first = try await expectEachReplySyncedOnce(server, script: "sync.inst", second: nil)
        let again = try await server.inst(["run", "--live", "sync.inst"])
        #expect(again.output == "synced 0, skipped \(first)\n", "stderr: \(again.error)")
    }

    /// Runs `script` live twice: the first syncs N > 0 replies, the second none (`second`, when
    /// given, is its whole output); then each contact exists once, tagged. Returns N.
    @discardableResult
    private func expectEachReplySyncedOnce(_ server: ServedWorkspace, script: String, second: String?) async throws -> Int {
        let first = try await server.inst(["run", "--live", script])
        #expect(first.status == 0, "stderr: \(first.error)")
        let synced = try #require(ReplySyncScripts.synced(in: first.output), "output: \(first.output)")
        #expect(synced > 0)
        if let second {
            let again = try await server.inst(["run", "--live", script])
            #expect(again.status == 0, "stderr: \(again.error)")
            #expect(again.output == second)
            #expect(!again.error.contains("/contacts/"))
        }
        let emails = try await server.contactEmails(tagged: "instantly-q4")
        #expect(emails.count == synced)
        #expect(Set(emails).count == emails.count, "a contact exists twice: \(emails)")
        return synced
    }
}

/// `sync.replies_to_ghl`'s arguments: names or ids, and what it says when they name nothing.
@Suite struct ReplySyncArgumentTests {
    private func run(_ call: String) async throws -> InstBinary.Outcome {
        let workspace = try ExampleWorkspace()
        try workspace.write("call.inst", """
            require instantly "campaigns:read" "emails:read" "leads:read"
            require ghl "contacts.write" "workflows.readonly"
            use sync
            \(call)
            """)
        return try await workspace.inst(["run", "--sim", "call.inst"])
    }

    @Test func campaignAndWorkflowMayBeIds() async throws {
        let outcome = try await run("""
            let c = (instantly.campaigns.list search="Q4 Partnerships" | first)
            let s = (sync.replies_to_ghl campaign=$c.id tag=q4 workflow="4f1c2a9e-7b3d-4c8e-9a51-0d6e2b7f3a10")
            print $s.synced $s.skipped (len $s.contacts)
            """)
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "4 0 4\n")
    }

    @Test func anUnknownWorkflowFailsBeforeAnyWrite() async throws {
        let outcome = try await run(#"sync.replies_to_ghl campaign="Q4 Partnerships" tag=q4 workflow="Nope""#)
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("sync.replies_to_ghl: no GoHighLevel workflow named 'Nope'"))
        #expect(!outcome.error.contains("POST /contacts"))
    }

    @Test func anUnknownCampaignFails() async throws {
        let outcome = try await run(#"sync.replies_to_ghl campaign="No such" tag=q4 workflow="Hot reply""#)
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("sync.replies_to_ghl: no Instantly campaign named 'No such', and it is not a campaign's id"))
    }

    @Test func helpShowsTheDocComment() async throws {
        let outcome = try await ExampleWorkspace().inst(["help", "sync.replies_to_ghl"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.contains("Syncs each reply to CAMPAIGN (a name or an id) to GoHighLevel, once per reply."))
        #expect(outcome.output.contains("law G1"))
    }
}
