import APISchema
@testable import HighLevelKit
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// `ghl.contacts.search` streams its contacts, following `searchAfter`.
@Suite struct HighLevelSearchTests {
    /// Contacts c0…c(n-1); a page starts after the id in the request's `searchAfter`.
    private static func search(total: Int) -> RecordingTransport.Responder {
        { request in
            let body = request.body.flatMap { try? JSONParser.parse($0) }
            var start = 0
            if case .list(let after)? = body?[field: "searchAfter"], case .string(let id)? = after.last,
               let number = Int(id.dropFirst()) { start = number + 1 }
            var size = 100
            if case .int(let limit)? = body?[field: "pageLimit"] { size = limit }
            let ids = (start..<min(start + size, total)).map { "c\($0)" }
            let contacts = ids.map { #"{"id":"\#($0)","searchAfter":[1700000000000,"\#($0)"]}"# }
            return RecordingTransport.json(#"{"contacts":[\#(contacts.joined(separator: ","))],"total":\#(total),"traceId":"t"}"#)
        }
    }

    @Test func followsSearchAfterToTheLastPage() async throws {
        let harness = HighLevelHarness(Self.search(total: 5))
        let result = try await harness.run(#"ghl.contacts.search pageLimit=2 query="ann" | map { $it.id }"#)
        #expect(result == .list((0..<5).map { .string("c\($0)") }))
        #expect(harness.transport.requests.count == 3)
        let first = try #require(harness.body(0))
        #expect(first[field: "locationId"] == .string("loc_1"))
        #expect(first[field: "pageLimit"] == .int(2) && first[field: "searchAfter"] == nil)
        #expect(harness.body(2)?[field: "searchAfter"] == .list([.int(1_700_000_000_000), .string("c3")]))
        #expect(harness.transport.requests.allSatisfy { $0.path == "/contacts/search" && $0.method == .post })
    }

    @Test func readsOnlyThePagesItNeeds() async throws {
        let harness = HighLevelHarness(Self.search(total: 1_000))
        let result = try await harness.run("ghl.contacts.search | first")
        #expect(result[field: "id"] == .string("c0"))
        #expect(harness.transport.requests.count == 1)
        #expect(harness.body(0)?[field: "pageLimit"] == .int(HighLevelSearch.defaultPageSize))
    }

    @Test func aGivenPageIsReadAlone() async throws {
        let harness = HighLevelHarness(Self.search(total: 5))
        let result = try await harness.run("ghl.contacts.search pageLimit=2 page=1 | len")
        #expect(result == .int(2))
        #expect(harness.transport.requests.count == 1)
    }

    @Test func aRepeatedCursorStopsTheListing() async throws {
        let page = #"{"contacts":[{"id":"a","searchAfter":[1,"a"]}],"total":9}"#
        let harness = HighLevelHarness { _ in RecordingTransport.json(page) }
        let error = try #require(await harness.caught("ghl.contacts.search pageLimit=1 | len"))
        #expect(error[field: "code"] == .string("repeated_cursor"))
        #expect(harness.transport.requests.count == 2)
    }

    @Test func anAnswerThatIsNotAPageIsAnError() async throws {
        let harness = HighLevelHarness { _ in RecordingTransport.json(#"{"items":[]}"#) }
        let error = try #require(await harness.caught("ghl.contacts.search"))
        #expect(error[field: "code"] == .string("invalid_response"))
    }
}
