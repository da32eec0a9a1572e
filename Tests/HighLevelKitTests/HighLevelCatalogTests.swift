import APISchema
@testable import HighLevelKit
import InstTransport
import Testing

/// The generated catalog against the specs' fingerprint and the naming, effect and scope rules.
@Suite struct HighLevelCatalogTests {
    @Test func everyOperationOfTheSpecsIsInTheCatalogOnce() {
        let operations = HighLevelCatalog.operations
        #expect(operations.count == 33)
        #expect(operations.count == highLevelSpecFingerprint.count)
        let keys = operations.map { "\($0.method) \($0.path) \($0.operationID)" }.sorted()
        #expect(keys == highLevelSpecFingerprint)
        #expect(Set(operations.map(\.name)).count == operations.count)
    }

    @Test func theNormativeScriptsCommandsExist() {
        for name in ["ghl.workflows.list", "ghl.contacts.upsert", "ghl.contacts.add_tags", "ghl.workflows.add_contact",
                     "ghl.contacts.create", "ghl.contacts.get", "ghl.contacts.update", "ghl.contacts.delete",
                     "ghl.contacts.search", "ghl.contacts.remove_tags", "ghl.contacts.duplicate",
                     "ghl.contacts.create_note", "ghl.contacts.list_tasks", "ghl.workflows.remove_contact"] {
            #expect(HighLevelCatalog.operation(named: name) != nil, "\(name)")
        }
        #expect(HighLevelCatalog.operation(named: "ghl.workflows.add_contact")?.path.rawValue
            == "/contacts/{contactId}/workflow/{workflowId}")
    }

    @Test func effectsAndScopesFollowTheSpec() throws {
        let search = try #require(HighLevelCatalog.operation(named: "ghl.contacts.search"))
        #expect(search.effect == .read && search.scopes == ["contacts.readonly"])
        let workflows = try #require(HighLevelCatalog.operation(named: "ghl.workflows.list"))
        #expect(workflows.effect == .read && workflows.scopes == ["workflows.readonly"])
        let upsert = try #require(HighLevelCatalog.operation(named: "ghl.contacts.upsert"))
        #expect(upsert.effect == .write && upsert.scopes == ["contacts.write"])
        let bulk = try #require(HighLevelCatalog.operation(named: "ghl.contacts.bulk_update_tags"))
        #expect(bulk.scopesAreInferred && bulk.scopes == ["contacts.write"])
        for operation in HighLevelCatalog.operations where operation.method == .get {
            #expect(operation.effect == .read, "\(operation.name)")
        }
    }

    @Test func theSpecsDefectsAreFixed() throws {
        // DELETE from a workflow takes no body; the bulk tags path declares `type`.
        #expect(HighLevelCatalog.operation(named: "ghl.workflows.remove_contact")?.body == nil)
        let bulk = try #require(HighLevelCatalog.operation(named: "ghl.contacts.bulk_update_tags"))
        #expect(bulk.pathParameters.map(\.name) == ["type"])
        // Bodies forbid unknown fields; locationId is never required of the caller.
        for operation in HighLevelCatalog.operations {
            guard let schema = operation.body?.schema else { continue }
            if case .allowed = schema.additionalProperties { Issue.record("\(operation.name) allows unknown fields") }
            #expect(!schema.required.contains("locationId"), "\(operation.name)")
        }
        for operation in HighLevelCatalog.operations {
            #expect(operation.queryParameters.first { $0.name == "locationId" }?.isRequired != true)
        }
        // dateOfBirth is a date string; the search body is the live API's.
        let create = try #require(HighLevelCatalog.operation(named: "ghl.contacts.create")?.body?.schema)
        #expect(create.property("dateOfBirth")?.type.contains(.string) == true)
        let search = try #require(HighLevelCatalog.operation(named: "ghl.contacts.search")?.body?.schema)
        #expect(search.property("pageLimit")?.maximum == 500)
        #expect(search.property("searchAfter") != nil)
    }

    @Test func locationGoesOnlyWhereTheOperationTakesIt() {
        func placement(_ name: String) -> HighLevelLocation.Placement? {
            HighLevelCatalog.operation(named: name).flatMap(HighLevelLocation.placement(for:))
        }
        #expect(placement("ghl.workflows.list") == .query)
        #expect(placement("ghl.contacts.duplicate") == .query)
        #expect(placement("ghl.contacts.upsert") == .body)
        #expect(placement("ghl.contacts.create") == .body)
        #expect(placement("ghl.contacts.search") == .body)
        for name in ["ghl.contacts.update", "ghl.contacts.add_tags", "ghl.contacts.remove_tags",
                     "ghl.contacts.create_note", "ghl.contacts.update_note", "ghl.workflows.add_contact"] {
            #expect(placement(name) == nil, "\(name)")
        }
    }
}
