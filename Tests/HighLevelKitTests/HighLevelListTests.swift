import APISchema
@testable import HighLevelKit
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// `list…` commands return their items.
@Suite struct HighLevelListTests {
    @Test func aListCommandReturnsItsItems() async throws {
        let answer = #"{"workflows":[{"id":"w1","name":"Hot reply"},{"id":"w2","name":"Nurture"}],"traceId":"t"}"#
        let harness = HighLevelHarness { _ in RecordingTransport.json(answer) }
        let found = try await harness.run(#"ghl.workflows.list | where { $it.name == "Hot reply" } | first"#)
        #expect(found[field: "id"] == .string("w1"))
    }

    @Test func otherAnswersAreKeptWhole() async throws {
        let answer = #"{"contact":{"id":"c1","tags":["a"]},"traceId":"t"}"#
        let harness = HighLevelHarness { _ in RecordingTransport.json(answer) }
        let contact = try await harness.run("ghl.contacts.get c1")
        #expect(contact[field: "traceId"] == .string("t"))
    }
}
