import Foundation
import Testing

/// GoHighLevel writes in a dry-run against live services (`inst sim serve` standing in for
/// them): the advisor answers them with placeholder contacts, nothing reaches the service, and
/// an upsert with `tags` is flagged once (law G1).
@Suite struct ReplySyncPlanTests {
    @Test func dryRunAgainstTheServiceSendsNoWrite() async throws {
        let server = try ServedWorkspace()
        try server.workspace.write("sync.inst", ReplySyncScripts.stdlibSync)
        let outcome = try await server.inst(["run", "sync.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let synced = try #require(ReplySyncScripts.synced(in: outcome.output), "output: \(outcome.output)")
        #expect(synced > 0)
        #expect(outcome.error.contains("2. POST /contacts/dryRunContact0000001/tags  (contacts.write)"))
        #expect(outcome.error.contains("3. POST /contacts/dryRunContact0000001/workflow/"))
        #expect(outcome.error.contains("; 0 sent"))
        #expect(try await server.contactEmails(tagged: "instantly-q4").isEmpty)
        // Nothing was saved: the live run still does the work.
        let live = try await server.inst(["run", "--live", "sync.inst"])
        #expect(live.output == "synced \(synced), skipped 0\n", "stderr: \(live.error)")
    }

    @Test(.enabled(if: ReplySyncScripts.available, "../shared/examples/reply_sync.inst is absent"))
    func replySyncDryRunAgainstTheServicePlansWithPlaceholders() async throws {
        let server = try ServedWorkspace()
        try ReplySyncScripts.copyReplySync(into: server.workspace)
        let outcome = try await server.inst(["run", "reply_sync.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let synced = try #require(ReplySyncScripts.synced(in: outcome.output), "output: \(outcome.output)")
        #expect(synced > 0)
        #expect(outcome.error.contains("1. POST /contacts/upsert  (contacts.write)  reply_sync.inst:19"))
        #expect(outcome.error.contains("2. POST /contacts/dryRunContact0000001/tags  (contacts.write)  reply_sync.inst:20"))
        #expect(outcome.error.contains("\(synced) × POST /contacts/{contactId}/workflow/{workflowId}; 0 sent"))
        #expect(try await server.contactEmails(tagged: "instantly-q4").isEmpty)
    }

    @Test func plannedAnswersHaveGoHighLevelShapes() async throws {
        let server = try ServedWorkspace()
        try server.workspace.write("shapes.inst", """
            require ghl "contacts.write" "contacts.readonly"
            let first = (ghl.contacts.upsert email="ann@acme.test" first_name="Ann")
            let again = (ghl.contacts.upsert email="ANN@acme.test" companyName="Acme")
            print "$first.new $again.new $(($first.contact.id == $again.contact.id)) $again.contact.firstName"
            print (ghl.contacts.add_tags $first.contact.id [hot]).tags
            print (ghl.contacts.add_tags $first.contact.id [q4]).tags
            print (ghl.workflows.add_contact $first.contact.id "4f1c2a9e-7b3d-4c8e-9a51-0d6e2b7f3a10").succeeded
            print (ghl.contacts.get $first.contact.id).contact.companyName
            print (ghl.contacts.create email="bo@acme.test").contact.id
            """)
        let outcome = try await server.inst(["run", "shapes.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == """
            true false true Ann
            ["hot"]
            ["hot", "q4"]
            true
            Acme
            dryRunContact0000002

            """)
        #expect(outcome.error.contains("; 0 sent"))
    }

    @Test func upsertWithTagsIsFlaggedOnceInThePlan() async throws {
        let server = try ServedWorkspace()
        try server.workspace.write("g1.inst", """
            require ghl "contacts.write"
            ghl.contacts.upsert email="ann@acme.test" tags=["hot"]
            ghl.contacts.upsert email="bo@acme.test"
            """)
        let outcome = try await server.inst(["run", "g1.inst", "--plan", "plan.json"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.error.components(separatedBy: "(law G1)").count == 3, "stderr: \(outcome.error)")  // printed, then in entry 1
        let plan = try String(contentsOf: server.workspace.directory.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(plan.components(separatedBy: "law G1").count == 2, "plan: \(plan)")
        #expect(plan.contains(#""scope":"contacts.write""#) || plan.contains(#""scope": "contacts.write""#))
    }
}
