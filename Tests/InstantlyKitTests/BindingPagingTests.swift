import APISchema
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// List operations stream their items, fetching pages only as the pipeline pulls them.
@Suite struct BindingPagingTests {
    private static let ids = (1...25).map { "id-\($0 < 10 ? "0" : "")\($0)" }

    @Test func firstFetchesOnePage() async throws {
        let harness = CommandHarness(RecordingTransport.pages(of: Self.ids, size: 10))
        let result = try await harness.run("instantly.campaigns.list | first")
        #expect(result == .map(ValueMap([("id", .string("id-01"))])))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func withoutALimitTheLargestPageIsAsked() async throws {
        let harness = CommandHarness(RecordingTransport.pages(of: Self.ids, size: 10))
        try await harness.run("instantly.campaigns.list | first")
        #expect(harness.transport.requests.first?.query == [QueryItem(name: "limit", value: "100")])
    }

    @Test func pagesFollowTheCursorUntilAnEmptyPage() async throws {
        let harness = CommandHarness(RecordingTransport.pages(of: Self.ids, size: 10))
        let count = try await harness.run("instantly.campaigns.list limit=10 | len")
        #expect(count == .int(25))
        let cursors = harness.transport.requests.map { $0.query.first { $0.name == "starting_after" }?.value }
        #expect(cursors == [nil, "id-10", "id-20", "id-25"])
    }

    @Test func aPageWithoutACursorIsTheLast() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"items":[{"id":"a"},{"id":"b"}]}"#) }
        #expect(try await harness.run("instantly.campaigns.list | len") == .int(2))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func theCallersCursorStartsTheListing() async throws {
        let harness = CommandHarness(RecordingTransport.pages(of: Self.ids, size: 10))
        #expect(try await harness.run("instantly.campaigns.list starting_after=id-20 | len") == .int(5))
        #expect(harness.transport.requests.first?.query.contains(QueryItem(name: "starting_after", value: "id-20")) == true)
    }

    @Test func aRepeatedCursorStopsTheListingWithAnError() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"items":[{"id":"a"}],"next_starting_after":"a"}"#) }
        let payload = try #require(await harness.caught("instantly.campaigns.list | len"))
        #expect(payload[field: "code"] == .string("repeated_cursor"))
        #expect(harness.transport.requests.count == 2)
    }

    @Test func itemsAreShapedByTheService() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"items":[{"id":"a","status":1}]}"#) }
        let result = try await harness.run("instantly.campaigns.list | first")
        #expect(result[field: "status_label"] == .string("active"))
    }

    @Test func bodyPagedListsSendTheCursorAndLimitInTheBody() async throws {
        let harness = CommandHarness { request in
            let body = String(decoding: request.body ?? [], as: UTF8.self)
            return body.contains("starting_after")
                ? RecordingTransport.json(#"{"items":[]}"#)
                : RecordingTransport.json(#"{"items":[{"id":"l1"}],"next_starting_after":"l1"}"#)
        }
        #expect(try await harness.run(#"instantly.leads.list search="ada" | len"#) == .int(1))
        let bodies = harness.transport.requests.map { String(decoding: $0.body ?? [], as: UTF8.self) }
        #expect(bodies == [#"{"search":"ada","limit":50}"#, #"{"search":"ada","limit":50,"starting_after":"l1"}"#])
    }

    @Test func aPageSizeAboveTheServicesCapIsRefused() async throws {
        let harness = CommandHarness()
        let payload = try #require(await harness.caught("instantly.leads.list limit=80"))
        #expect(payload[field: "message"] == .string("limit: 80 is above the largest page size, 50"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func anAnswerThatIsNotAPageIsAnError() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#""nope""#) }
        let payload = try #require(await harness.caught("instantly.campaigns.list | len"))
        #expect(payload[field: "code"] == .string("invalid_response"))
    }
}
