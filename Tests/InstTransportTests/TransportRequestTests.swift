import InstTransport
import Testing

@Suite struct TransportRequestTests {
    @Test func repeatedQueryKeysAreAllSentInOrder() {
        let request = TransportRequest.sample(
            path: "/api/v2/emails",
            query: [QueryItem(name: "tag", value: "a"), QueryItem(name: "limit", value: "10"), QueryItem(name: "tag", value: "b")]
        )
        #expect(request.target == "/api/v2/emails?tag=a&limit=10&tag=b")
    }

    @Test func queryNamesAndValuesArePercentEncoded() {
        let query = [
            QueryItem(name: "search", value: "ada & grace=1"),
            QueryItem(name: "starting_after", value: "a/b?c#d"),
            QueryItem(name: "name", value: "Café ✓"),
            QueryItem(name: "safe", value: "AZaz09-._~"),
        ]
        #expect(query.percentEncoded
            == "search=ada%20%26%20grace%3D1&starting_after=a%2Fb%3Fc%23d&name=Caf%C3%A9%20%E2%9C%93&safe=AZaz09-._~")
    }

    @Test func withoutQueryTheTargetIsThePath() {
        #expect(TransportRequest.sample(path: "/api/v2/campaigns/c1").target == "/api/v2/campaigns/c1")
    }

    @Test func thePathDefaultsToTheTemplate() {
        let request = TransportRequest(
            service: .highLevel, method: .get, pathTemplate: "/workflows/",
            operationID: "ghl.workflows.list", effect: .read
        )
        #expect(request.path == "/workflows/")
        #expect(request.body == nil)
        #expect(request.deadline == nil)
    }

    @Test func templatesExpandWithEncodedValues() throws {
        let template: PathTemplate = "/api/v2/campaigns/{id}/activate"
        #expect(try template.expanded(with: ["id": "c-1"]) == "/api/v2/campaigns/c-1/activate")
        #expect(try template.expanded(with: ["id": "../leads"]) == "/api/v2/campaigns/..%2Fleads/activate")
        let two: PathTemplate = "/contacts/{contactId}/tags/{tag}"
        #expect(try two.expanded(with: ["contactId": "x", "tag": "hot lead"]) == "/contacts/x/tags/hot%20lead")
    }

    @Test func aMissingOrEmptyPlaceholderIsRefused() {
        let template: PathTemplate = "/api/v2/leads/{id}"
        #expect(throws: TransportError.invalidRequest("/api/v2/leads/{id} needs a non-empty value for {id}")) {
            try template.expanded(with: [:])
        }
        #expect(throws: TransportError.self) { try template.expanded(with: ["id": ""]) }
    }
}
