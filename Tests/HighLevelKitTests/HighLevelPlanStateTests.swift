@testable import HighLevelKit
import InstLanguage
import InstTransport
import Testing

/// The dry-run advice for GoHighLevel: scopes, law G1's warning, and the answers planned calls get
/// against the live service.
@Suite struct HighLevelPlanStateTests {
    static func request(
        _ operation: String, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil, body: Value? = nil,
        effect: RequestEffect = .write
    ) -> TransportRequest {
        TransportRequest(
            service: .highLevel, method: method, pathTemplate: template, path: path, headers: HighLevelLaws.headers,
            body: body.flatMap { try? JSONPrinter.bytes($0) }, operationID: operation, effect: effect)
    }

    static func upsert(_ body: Value) -> TransportRequest {
        request("ghl.contacts.upsert", .post, "/contacts/upsert", body: body)
    }

    static func answer(_ state: inout HighLevelPlanState, _ request: TransportRequest) throws -> ValueMap {
        guard let response = state.synthesize(request), response.isSuccess, case .map(let fields) = try JSONParser.parse(response.body) else {
            throw Unexpected(text: "no answer, or not a map")
        }
        return fields
    }

    struct Unexpected: Error { var text: String }

    @Test func upsertWithTagsGetsTheG1Warning() {
        let state = HighLevelPlanState()
        #expect(state.review(Self.upsert(["email": "a@b.test", "tags": ["hot"]])) == [HighLevelPlanState.upsertTagsWarning])
        #expect(state.review(Self.upsert(["email": "a@b.test"])).isEmpty)
        let tags = Self.request("ghl.contacts.add_tags", .post, "/contacts/{contactId}/tags", path: "/contacts/c1/tags", body: ["tags": ["hot"]])
        #expect(state.review(tags).isEmpty)
        #expect(HighLevelPlanState.upsertTagsWarning.contains("law G1"))
    }

    @Test func scopesComeFromTheCatalog() {
        #expect(HighLevelPlanState.scopes(for: Self.upsert([:])) == ["contacts.write"])
        #expect(HighLevelPlanState.scopes(for: Self.request("nope", .get, "/x")) == [])
    }

    @Test func upsertMakesOnePlaceholderPerEmail() throws {
        var state = HighLevelPlanState()
        let first = try Self.answer(&state, Self.upsert(["email": "Ann@acme.test", "firstName": "Ann"]))
        let again = try Self.answer(&state, Self.upsert(["email": "ann@acme.test", "companyName": "Acme"]))
        let other = try Self.answer(&state, Self.upsert(["email": "bo@acme.test"]))
        #expect(first["new"] == true)
        #expect(again["new"] == false)
        guard case .map(let contact)? = again["contact"], case .map(let otherContact)? = other["contact"] else {
            Issue.record("no contact in \(again)")
            return
        }
        #expect(contact["id"] == "dryRunContact0000001")
        #expect(contact["firstName"] == "Ann")
        #expect(contact["companyName"] == "Acme")
        #expect(otherContact["id"] == "dryRunContact0000002")
    }

    @Test func tagsWorkflowsAndCreateAnswerInTheirShapes() throws {
        var state = HighLevelPlanState()
        _ = try Self.answer(&state, Self.upsert(["email": "a@b.test"]))
        let tagsPath = "/contacts/dryRunContact0000001/tags"
        _ = try Self.answer(&state, Self.request("ghl.contacts.add_tags", .post, "/contacts/{contactId}/tags", path: tagsPath, body: ["tags": ["hot"]]))
        let tags = try Self.answer(&state, Self.request("ghl.contacts.add_tags", .post, "/contacts/{contactId}/tags", path: tagsPath, body: ["tags": ["q4", "hot"]]))
        #expect(tags["tags"] == ["hot", "q4"])
        let realTags = try Self.answer(&state, Self.request("ghl.contacts.add_tags", .post, "/contacts/{contactId}/tags", path: "/contacts/real1/tags", body: ["tags": ["q4"]]))
        #expect(realTags["tags"] == ["q4"])
        let enrolled = try Self.answer(&state, Self.request(
            "ghl.workflows.add_contact", .post, "/contacts/{contactId}/workflow/{workflowId}", path: "/contacts/dryRunContact0000001/workflow/w1"))
        #expect(enrolled["succeded"] == true)
        #expect(enrolled["succeeded"] == true)
        let created = try Self.answer(&state, Self.request("ghl.contacts.create", .post, "/contacts/", body: ["email": "c@d.test"]))
        guard case .map(let contact)? = created["contact"] else { Issue.record("no contact in \(created)"); return }
        #expect(contact["id"] == "dryRunContact0000002")
        #expect(contact["email"] == "c@d.test")
    }

    @Test func readsAreSentUnlessTheyNameAPlaceholder() throws {
        var state = HighLevelPlanState()
        #expect(state.synthesize(Self.request("ghl.contacts.get", .get, "/contacts/{contactId}", path: "/contacts/real1", effect: .read)) == nil)
        #expect(state.synthesize(Self.request("ghl.workflows.list", .get, "/workflows/", effect: .read)) == nil)
        _ = try Self.answer(&state, Self.upsert(["email": "a@b.test", "firstName": "A"]))
        let read = try Self.answer(&state, Self.request("ghl.contacts.get", .get, "/contacts/{contactId}", path: "/contacts/dryRunContact0000001", effect: .read))
        guard case .map(let contact)? = read["contact"] else { Issue.record("no contact in \(read)"); return }
        #expect(contact["firstName"] == "A")
    }
}
