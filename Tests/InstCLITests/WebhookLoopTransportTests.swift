@testable import InstCLI
import InstTransport
import Testing

/// The webhook transport `inst sim serve` and the embedded simulator deliver through: loopback
/// origins only, one HTTP transport per origin.
@Suite struct WebhookLoopTransportTests {
    @Test(arguments: ["http://127.0.0.1:4011", "https://localhost", "http://[::1]:80", "HTTP://LOCALHOST:9"])
    func loopbackOriginsAreAllowed(origin: String) {
        #expect(WebhookHTTPTransport.isLoopback(origin))
    }

    @Test(arguments: ["http://example.com", "http://127.0.0.1.example.com", "http://localhost.evil:80", "http://127.0.0.1:",
                      "http://127.0.0.1:80/x", "ftp://127.0.0.1", "http://10.0.0.1:4011", "127.0.0.1:4011"])
    func otherOriginsAreNot(origin: String) {
        #expect(!WebhookHTTPTransport.isLoopback(origin))
    }

    @Test func aNonLoopbackDeliveryIsRefusedWithoutSending() async {
        let request = TransportRequest(
            service: ServiceName(rawValue: "https://hooks.example.com"), method: .post, pathTemplate: PathTemplate("/x"),
            body: Array("{}".utf8), operationID: "simulator.webhooks.deliver", effect: .write)
        await #expect(throws: TransportError.invalidRequest(
            "the simulator delivers webhooks only to loopback (127.0.0.1, ::1, localhost), not https://hooks.example.com")) {
            try await WebhookHTTPTransport().send(request)
        }
    }
}
