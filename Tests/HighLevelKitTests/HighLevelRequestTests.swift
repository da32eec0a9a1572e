import APISchema
@testable import HighLevelKit
import InstLanguage
import InstTransport
import Testing

/// The requests the commands send: headers, paths, bodies, and where `locationId` goes (G2).
@Suite struct HighLevelRequestTests {
    @Test func everyCallCarriesTheVersionAndANamedAgentButNoCredentials() async throws {
        let harness = HighLevelHarness()
        try await harness.run("ghl.workflows.list")
        let request = try #require(harness.transport.requests.first)
        #expect(request.service == .highLevel)
        #expect(request.headers["Version"] == "2021-07-28")
        #expect(request.headers["User-Agent"]?.hasPrefix("inst/") == true)
        #expect(request.headers["Authorization"] == nil)
        #expect(request.path == "/workflows/")
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["locationId=loc_1"])
    }

    @Test func upsertAddsTheLocationAndTakesSnakeCaseSpellings() async throws {
        let harness = HighLevelHarness()
        try await harness.run(#"ghl.contacts.upsert email="a@b.co" first_name="Ann" last_name="Lee" companyName="Acme" source="instantly""#)
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == .post && request.path == "/contacts/upsert")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = try #require(harness.body(0))
        #expect(body[field: "locationId"] == .string("loc_1"))
        #expect(body[field: "firstName"] == .string("Ann"))
        #expect(body[field: "lastName"] == .string("Lee"))
        #expect(body[field: "companyName"] == .string("Acme"))
        #expect(body[field: "first_name"] == nil)
    }

    @Test func aLocationGivenIsKept() async throws {
        let harness = HighLevelHarness()
        try await harness.run(#"ghl.contacts.create email="a@b.co" locationId="loc_other""#)
        #expect(try #require(harness.body(0))[field: "locationId"] == .string("loc_other"))
    }

    @Test func tagsNotesAndWorkflowsNeverCarryTheLocation() async throws {
        let harness = HighLevelHarness()
        try await harness.run("""
            ghl.contacts.add_tags c1 ["hot"]
            ghl.contacts.remove_tags c1 ["cold"]
            ghl.contacts.create_note c1 "Replied"
            ghl.workflows.add_contact c1 wf1
            ghl.contacts.update c1 firstName="Ann"
            """)
        let requests = harness.transport.requests
        #expect(requests.map { "\($0.method) \($0.path)" } == [
            "POST /contacts/c1/tags", "DELETE /contacts/c1/tags", "POST /contacts/c1/notes",
            "POST /contacts/c1/workflow/wf1", "PUT /contacts/c1",
        ])
        #expect(harness.body(0) == .map(ValueMap([("tags", .list([.string("hot")]))])))
        #expect(harness.body(2) == .map(ValueMap([("body", .string("Replied"))])))
        for index in requests.indices {
            #expect(harness.body(index)?[field: "locationId"] == nil)
            #expect(requests[index].query.isEmpty)
        }
    }

    @Test func removingFromAWorkflowSendsNoBody() async throws {
        let harness = HighLevelHarness()
        try await harness.run("ghl.workflows.remove_contact c1 wf1")
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == .delete && request.body == nil && request.headers["Content-Type"] == nil)
    }

    @Test func withoutAConfiguredLocationTheCallIsRefusedBeforeSending() async throws {
        let harness = HighLevelHarness(location: nil)
        let error = try #require(await harness.caught("ghl.workflows.list"))
        #expect(error[field: "code"] == .string("invalid_argument"))
        #expect(error[field: "hint"].map { "\($0)" }?.contains("GHL_LOCATION_ID") == true)
        #expect(harness.transport.requests.isEmpty)
        try await harness.run(#"ghl.workflows.list locationId="loc_9""#)
        #expect(harness.transport.requests.first?.query.first?.value == "loc_9")
    }

    @Test func upsertWithTagsWarnsThatTheyReplace() async throws {
        let harness = HighLevelHarness()
        try await harness.run(#"ghl.contacts.upsert email="a@b.co" tags=["x"]"#)
        #expect(harness.warningLines.count == 1)
        #expect(harness.warningLines.first?.contains("add_tags") == true)
    }
}
