import Testing
@testable import InstSimulator

/// The generated table (scripts/gen-simulator-highlevel) with the spec's known defects corrected.
@Suite("GoHighLevel spec table")
struct HighLevelSpecTests {
    private func operation(_ method: String, _ path: String) -> HighLevelOperation? {
        HighLevelSpec.operations.first { $0.method == method && $0.path == path }
    }

    @Test func everyOperationOfBothSpecsIsThere() {
        #expect(HighLevelSpec.operations.count == 33)
        #expect(operation("GET", "/workflows/")?.query == ["locationId"])
        guard case .found(let route, _) = HighLevelService.routes.lookup(.get, path: "/contacts/abc") else { Issue.record("no route"); return }
        #expect(route.pattern == "/contacts/{contactId}")
    }

    @Test func defectsAreCorrected() throws {
        let search = try #require(operation("POST", "/contacts/search"))
        #expect(search.required == ["locationId", "pageLimit"])
        #expect(search.body?.map(\.name).contains("searchAfter") == true)
        #expect(operation("DELETE", "/contacts/{contactId}/workflow/{workflowId}")?.bodyRequired == false)
        #expect(operation("POST", "/contacts/")?.body?.first { $0.name == "dateOfBirth" }?.type == "")
    }

    @Test func locationIdOnlyWhereTheSpecTakesIt() {
        let update = operation("PUT", "/contacts/{contactId}")
        #expect(update?.problems(in: ["locationId": "loc_northwind"]) == ["property locationId should not exist"])
        #expect(operation("POST", "/contacts/upsert")?.problems(in: ["locationId": "loc_northwind", "email": "a@b.test"]) == [])
    }
}
