import APISchema
@testable import HighLevelKit
import InstLanguage
import Testing

/// What `help` and completion read: parameters, kinds, the request line, scopes and laws.
@Suite struct HighLevelHelpTests {
    @Test func theModuleHasACommandPerOperation() {
        let harness = HighLevelHarness()
        #expect(harness.module.commands.count == HighLevelCatalog.operations.count)
        #expect(HighLevelModule.requiredScopes["ghl.contacts.upsert"] == ["contacts.write"])
        #expect(HighLevelModule.requiredScopes["ghl.workflows.list"] == ["workflows.readonly"])
    }

    @Test func pathIdsThenTheOneRequiredBodyFieldArePositional() throws {
        let harness = HighLevelHarness()
        let addTags = try #require(harness.command("ghl.contacts.add_tags"))
        #expect(addTags.parameters.filter { $0.kind == .positional }.map(\.name) == ["contactId", "tags"])
        let addToWorkflow = try #require(harness.command("ghl.workflows.add_contact"))
        #expect(addToWorkflow.parameters.filter { $0.kind == .positional }.map(\.name) == ["contactId", "workflowId"])
        let upsert = try #require(harness.command("ghl.contacts.upsert"))
        #expect(upsert.parameters.contains { $0.aliases == ["first_name"] } && upsert.effect == .write)
        #expect(harness.command("ghl.contacts.search")?.effect == .read)
    }

    @Test func helpShowsTheRequestScopesAndLaws() throws {
        let harness = HighLevelHarness()
        let upsert = try #require(harness.command("ghl.contacts.upsert")).discussion
        #expect(upsert.hasPrefix("POST /contacts/upsert"))
        #expect(upsert.contains("scopes: contacts.write"))
        #expect(upsert.contains("Version: 2021-07-28"))
        #expect(upsert.contains("G1: upsert's `tags` replace"))
        #expect(upsert.contains("`locationId` defaults to GHL_LOCATION_ID"))
        let update = try #require(harness.command("ghl.contacts.update")).discussion
        #expect(update.contains("no `locationId` in this body"))
        let search = try #require(harness.command("ghl.contacts.search")).discussion
        #expect(search.contains("searchAfter"))
        let create = try #require(harness.command("ghl.contacts.create")).discussion
        #expect(create.contains("answers 200"))
    }
}
