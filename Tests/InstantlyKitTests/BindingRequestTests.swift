import APISchema
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// What goes on the wire for a command: method, path, query, headers and body bytes.
@Suite struct BindingRequestTests {
    @Test func getSendsPathHeadersAndNoBody() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"id":"c1","status":1}"#) }
        let result = try await harness.run("instantly.campaigns.get \"\(campaignID)\"")
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == .get)
        #expect(request.path == "/api/v2/campaigns/\(campaignID)")
        #expect(request.pathTemplate == "/api/v2/campaigns/{id}")
        #expect(request.operationID == "instantly.campaigns.get")
        #expect(request.effect == .read)
        #expect(request.service == .instantly)
        #expect(request.body == nil)
        #expect(request.headers["Content-Type"] == nil)
        #expect(request.headers["User-Agent"] == "inst-test/1.0")
        #expect(result[field: "status_label"] == .string("active"))
    }

    @Test func pathValuesArePercentEncoded() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.email_verification.get "a+b/c@x.com""#)
        #expect(harness.transport.requests.first?.path == "/api/v2/email-verification/a%2Bb%2Fc%40x.com")
    }

    @Test func listQueryParametersRepeatAndScalarsAreWrittenOut() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json("[]") }
        let other = "0199f4f2-6a2e-7b61-9a1e-3d6c2f0b8a12"
        try await harness.run(#"instantly.campaigns.analytics ids=["\#(campaignID)", "\#(other)"] exclude_total_leads_count=true"#)
        let request = try #require(harness.transport.requests.first)
        #expect(request.query == [
            QueryItem(name: "ids", value: campaignID), QueryItem(name: "ids", value: other),
            QueryItem(name: "exclude_total_leads_count", value: "true"),
        ])
        #expect(request.target.contains("ids=\(campaignID)&ids=\(other)"))
    }

    @Test func aSingleValueForAListParameterIsOneItem() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json("[]") }
        try await harness.run(#"instantly.campaigns.analytics ids="\#(campaignID)""#)
        #expect(harness.transport.requests.first?.query == [QueryItem(name: "ids", value: campaignID)])
    }

    @Test func namedFieldsBecomeAJSONBodyWithContentType() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.leads.create campaign="\#(campaignID)" email="ada@example.com" skip_if_in_campaign=true"#)
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == .post)
        #expect(request.path == "/api/v2/leads")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == #"{"campaign":"\#(campaignID)","email":"ada@example.com","skip_if_in_campaign":true}"#)
    }

    @Test func namedFieldsOverrideAWholeBody() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.leads.create body={email: "old@example.com", first_name: "Ada"} email="new@example.com""#)
        let body = String(decoding: try #require(harness.transport.requests.first?.body), as: UTF8.self)
        #expect(body == #"{"email":"new@example.com","first_name":"Ada"}"#)
    }

    @Test func pathParametersMayBeNamedAndNullMeansNotGiven() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.leads.update id="\#(campaignID)" body=null first_name="Ada""#)
        let request = try #require(harness.transport.requests.first)
        #expect(request.path == "/api/v2/leads/\(campaignID)")
        #expect(request.body == Array(#"{"first_name":"Ada"}"#.utf8))
    }

    @Test func streamsGivenAsFieldsAreSentAsLists() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.leads.add campaign_id="\#(campaignID)" leads=(["a@x.com", "b@x.com"] | map { {email: $it} })"#)
        let body = String(decoding: try #require(harness.transport.requests.first?.body), as: UTF8.self)
        #expect(body == #"{"campaign_id":"\#(campaignID)","leads":[{"email":"a@x.com"},{"email":"b@x.com"}]}"#)
    }

    @Test func bodylessOperationsSendNoBodyAndNoContentType() async throws {
        let harness = CommandHarness()
        try await harness.run("instantly.leads.delete \"\(campaignID)\"")
        let request = try #require(harness.transport.requests.first)
        #expect(request.method == .delete)
        #expect(request.body == nil)
        #expect(request.headers["Content-Type"] == nil)
    }

    @Test func theServiceMayAddABodyToABodylessOperation() async throws {
        let harness = CommandHarness()
        try await harness.run("instantly.campaigns.activate \"\(campaignID)\"")
        let request = try #require(harness.transport.requests.first)
        #expect(request.body == Array("{}".utf8))
        #expect(request.headers["Content-Type"] == "application/json")
    }

    @Test func operationsWithABodySendAtLeastAnEmptyObject() async throws {
        let harness = CommandHarness()
        try await harness.run("instantly.leads.create")
        #expect(harness.transport.requests.first?.body == Array("{}".utf8))
    }

    @Test func queryTextIsConvertedToTheParametersType() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"items":[]}"#) }
        try await harness.run(#"instantly.campaigns.list limit="7" status="1""#)
        let query = try #require(harness.transport.requests.first?.query)
        #expect(query.contains(QueryItem(name: "limit", value: "7")))
        #expect(query.contains(QueryItem(name: "status", value: "1")))
    }

    @Test func warningsFromTheServiceGoToTheUser() async throws {
        let harness = CommandHarness()
        try await harness.run(#"instantly.campaigns.update "\#(campaignID)" name="Q4""#)
        #expect(harness.warningLines == ["instantly.campaigns.update: only sequences[0] is used"])
    }
}
