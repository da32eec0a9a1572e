import InstTransport
import Testing

@Suite struct TransportErrorTests {
    @Test func messagesSayWhatHappenedInPlainWords() {
        #expect(TransportError.timeout(after: .seconds(30)).description
            == "no answer within 30s: the service is slow or unreachable")
        #expect(TransportError.timeout(after: .milliseconds(1500)).description.hasPrefix("no answer within 1.5s"))
        #expect(TransportError.timeout(after: .milliseconds(250)).description.hasPrefix("no answer within 250ms"))
        #expect(TransportError.connection("connection refused by 127.0.0.1:8080").description
            == "could not reach the service: connection refused by 127.0.0.1:8080")
        #expect(TransportError.bodyTooLarge(limit: 10 << 20).description
            == "the answer is larger than the 10 MiB limit on response bodies")
        #expect(TransportError.bodyTooLarge(limit: 1000).description.contains("1000 bytes"))
        #expect(TransportError.cancelled.description == "the request was cancelled")
    }

    @Test func onlyTimeoutsAndConnectionFaultsAreTransient() {
        #expect(TransportError.timeout(after: .seconds(1)).isTransient)
        #expect(TransportError.connection("reset").isTransient)
        #expect(!TransportError.cancelled.isTransient)
        #expect(!TransportError.bodyTooLarge(limit: 1).isTransient)
        #expect(!TransportError.invalidRequest("x").isTransient)
        #expect(!TransportError.invalidResponse("x").isTransient)
    }
}
