import InstTransport
import Testing

@Suite struct AuthorizationMiddlewareTests {
    @Test func addsTheBearerTokenOfTheRequestsService() async throws {
        let base = RecordingTransport()
        let auth = AuthorizationMiddleware(tokens: [.instantly: Secret("sk-instantly"), .highLevel: Secret("pit-ghl")])
        let transport = MiddlewareTransport(base, middleware: [auth])
        var request = TransportRequest.sample()
        request.headers["authorization"] = "Bearer stale"
        _ = try await transport.send(request)
        var ghl = TransportRequest.sample()
        ghl.service = .highLevel
        _ = try await transport.send(ghl)
        #expect(base.requests.map { $0.headers.values(for: "Authorization") } == [["Bearer sk-instantly"], ["Bearer pit-ghl"]])
    }

    @Test func aServiceWithoutATokenIsSentWithoutAuthorization() async throws {
        let base = RecordingTransport()
        let transport = MiddlewareTransport(base, middleware: [AuthorizationMiddleware(tokens: [.instantly: Secret("")])])
        _ = try await transport.send(.sample())
        #expect(base.requests.first?.headers.contains("Authorization") == false)
    }

    @Test func theTokenNeverShowsInDescriptions() async throws {
        let secret = Secret("sk-do-not-print")
        let auth = AuthorizationMiddleware(tokens: [.instantly: secret])
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(!String(describing: auth).contains("sk-do-not-print"))

        let base = RecordingTransport()
        _ = try await MiddlewareTransport(base, middleware: [auth]).send(.sample())
        let sent = try #require(base.requests.first)
        var dumped = ""
        dump(sent, to: &dumped)
        for text in [String(describing: sent), String(reflecting: sent), dumped, "\(sent.headers)"] {
            #expect(!text.contains("sk-do-not-print"))
        }
        #expect(sent.headers.description == "[Authorization: <redacted>]")
    }
}
