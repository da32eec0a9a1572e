import APISchema
import InstantlyKit
import Testing

/// The catalog against the spec it was generated from (`specFingerprint`, written by the same
/// generator straight from the spec's paths, without the naming and schema machinery).
@Suite struct CatalogCoverageTests {
    @Test func everyOperationOfTheSpecIsInTheCatalogOnce() {
        let cataloged = InstantlyCatalog.operations.map { "\($0.method) \($0.path) \($0.operationID)" }
        #expect(cataloged.sorted() == specFingerprint)
        #expect(Set(cataloged).count == cataloged.count)
        #expect(cataloged.count == 168)
    }

    @Test func namesAreUniqueAndShapedAlike() {
        let names = InstantlyCatalog.operations.map(\.name)
        #expect(Set(names).count == names.count)
        let shape = /instantly\.[a-z0-9_]+\.[a-z0-9_]+/
        for name in names {
            #expect(name.wholeMatch(of: shape) != nil, "\(name)")
        }
    }

    @Test func pathParametersAreExactlyThePlaceholders() {
        for operation in InstantlyCatalog.operations {
            let placeholders = operation.path.rawValue.matches(of: /\{([^}]+)\}/).map { String($0.1) }
            #expect(operation.pathParameters.map(\.name).sorted() == placeholders.sorted(), "\(operation.name)")
            #expect(operation.pathParameters.allSatisfy { $0.isRequired }, "\(operation.name)")
        }
    }

    @Test func everyOperationNamesScopesEndingInAllAll() {
        for operation in InstantlyCatalog.operations {
            #expect(operation.scopes.count == 4, "\(operation.name)")
            #expect(operation.scopes.last == "all:all", "\(operation.name)")
        }
    }

    @Test func lookupsFindOperationsByNameAndByMethodAndPath() throws {
        let byName = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.activate"))
        #expect(byName.operationID == "activateCampaign")
        let byPath = try #require(InstantlyCatalog.operation(.post, "/api/v2/campaigns/{id}/activate"))
        #expect(byPath.name == "instantly.campaigns.activate")
        #expect(InstantlyCatalog.operation(named: "instantly.campaigns.launch") == nil)
        #expect(InstantlyCatalog.operation(.put, "/api/v2/campaigns/{id}") == nil)
    }

    @Test func bodylessOperationsHaveNoBody() throws {
        // The spec writes "no body" as a `type: null` schema (law 8: DELETE /leads/{id}).
        #expect(try #require(InstantlyCatalog.operation(named: "instantly.leads.delete")).body == nil)
        #expect(try #require(InstantlyCatalog.operation(named: "instantly.campaigns.activate")).body == nil)
        let create = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.create"))
        #expect(create.body?.isRequired == true)
        #expect(create.body?.schema.required == ["name", "campaign_schedule"])
    }

    @Test func queryParametersKeepTypesBoundsAndListness() throws {
        let list = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.list"))
        let limit = try #require(list.queryParameters.first { $0.name == "limit" })
        #expect(limit.schema.type == .integer)
        #expect(limit.schema.minimum == 1 && limit.schema.maximum == 100)
        #expect(!limit.isRequired && !limit.isList)
        let analytics = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.analytics"))
        #expect(analytics.queryParameters.first { $0.name == "ids" }?.isList == true)
    }
}
