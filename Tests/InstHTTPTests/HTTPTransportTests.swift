import AsyncHTTPClient
@testable import InstHTTP
import InstTransport
import NIOCore
import Testing

@Suite(.timeLimit(.minutes(1))) struct HTTPTransportTests {
    private func transport(_ baseURL: String, maxResponseBytes: Int = 32 << 20) throws -> HTTPTransport {
        try HTTPTransport(configuration: .init(baseURLs: [.instantly: baseURL], maxResponseBytes: maxResponseBytes))
    }

    private func request(
        _ method: HTTPMethod, _ path: String, query: [QueryItem] = [], headers: HeaderFields = [:], body: [UInt8]? = nil
    ) -> TransportRequest {
        TransportRequest(
            service: .instantly, method: method, pathTemplate: PathTemplate(path), path: path, query: query,
            headers: headers, body: body, operationID: "test", effect: method == .get ? .read : .write
        )
    }

    @Test func aBodylessRequestHasNoBodyNoContentTypeAndNoLength() async throws {
        let server = RecordingServerTransport()
        try await LoopbackServer.with(server) { base in
            let http = try transport(base)
            let response = try await http.send(request(.delete, "/api/v2/leads/l1", headers: ["Content-Type": "application/json"]))
            try await http.shutdown()
            #expect(response.status == 200)
        }
        let received = try #require(server.requests.first)
        #expect(received.method == .delete)
        #expect(received.path == "/api/v2/leads/l1")
        #expect(received.body == nil)
        for name in ["Content-Type", "Content-Length", "Transfer-Encoding"] {
            #expect(!received.headers.contains(name), "\(name) was sent")
        }
    }

    @Test func aBodyGoesOutWithItsContentTypeAndLength() async throws {
        let server = RecordingServerTransport()
        let json = Array(#"{"name":"Q4"}"#.utf8)
        try await LoopbackServer.with(server) { base in
            let http = try transport(base)
            _ = try await http.send(request(.post, "/api/v2/campaigns", headers: ["Content-Type": "application/json", "User-Agent": "inst-test"], body: json))
            try await http.shutdown()
        }
        let received = try #require(server.requests.first)
        #expect(received.body == json)
        #expect(received.headers["content-type"] == "application/json")
        #expect(received.headers["content-length"] == "\(json.count)")
        #expect(received.headers["user-agent"] == "inst-test")
    }

    @Test func repeatedQueryItemsArriveInOrder() async throws {
        let server = RecordingServerTransport()
        let query = [QueryItem(name: "ids", value: "a"), QueryItem(name: "limit", value: "10"), QueryItem(name: "ids", value: "b c")]
        try await LoopbackServer.with(server) { base in
            let http = try transport(base + "/")
            _ = try await http.send(request(.get, "/api/v2/leads", query: query))
            try await http.shutdown()
        }
        #expect(server.requests.first?.query == query)
        #expect(server.requests.first?.path == "/api/v2/leads")
    }

    @Test func errorStatusesAreAnswersWithHeadersAndBody() async throws {
        let server = RecordingServerTransport { _ in
            TransportResponse(status: 429, headers: ["Retry-After": "3", "Content-Type": "application/json"], body: Array(#"{"error":"slow"}"#.utf8))
        }
        let response = try await LoopbackServer.with(server) { base in
            let http = try transport(base)
            let response = try await http.send(request(.get, "/api/v2/campaigns"))
            try await http.shutdown()
            return response
        }
        #expect(response.status == 429)
        #expect(response.headers["retry-after"] == "3")
        #expect(response.bodyText == #"{"error":"slow"}"#)
    }

    @Test func manyRequestsReuseOneConnection() async throws {
        let server = RecordingServerTransport { _ in TransportResponse(status: 200, body: Array("ok".utf8)) }
        try await LoopbackServer.with(server) { base in
            let http = try transport(base)
            for _ in 0..<200 {
                #expect(try await http.send(request(.get, "/api/v2/campaigns")).bodyText == "ok")
            }
            try await http.shutdown()
        }
        #expect(server.requests.count == 200)
    }

    @Test func aTransportDroppedWithoutShutdownClosesQuietly() async throws {
        let server = RecordingServerTransport()
        try await LoopbackServer.with(server) { base in
            var http: HTTPTransport? = try transport(base)
            #expect(try await http?.send(request(.get, "/api/v2/campaigns")).status == 200)
            http = nil
        }
        #expect(server.requests.count == 1)
    }

    @Test func aMissedDeadlineIsATimeout() async throws {
        let gate = Gate()
        let server = RecordingServerTransport { _ in await gate.wait(); return TransportResponse(status: 200) }
        try await LoopbackServer.with(server) { base in
            let http = try transport(base)
            var slow = request(.get, "/api/v2/campaigns")
            slow.deadline = .now + .milliseconds(200)
            await #expect {
                try await http.send(slow)
            } throws: { error in
                guard case TransportError.timeout(let after) = error else { return false }
                return after > .zero && after <= .milliseconds(200)
            }
            gate.open()
            try await http.shutdown()
        }
    }

    @Test func aBodyOverTheCapIsRefused() async throws {
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 64 << 10)
        let server = RecordingServerTransport { _ in TransportResponse(status: 200, body: big) }
        try await LoopbackServer.with(server) { base in
            let http = try transport(base, maxResponseBytes: 32 << 10)
            await #expect(throws: TransportError.bodyTooLarge(limit: 32 << 10)) {
                try await http.send(request(.get, "/api/v2/leads"))
            }
            let roomy = try transport(base, maxResponseBytes: 64 << 10)
            #expect(try await roomy.send(request(.get, "/api/v2/leads")).body.count == big.count)
            try await http.shutdown()
            try await roomy.shutdown()
        }
    }

    @Test func aStreamedBodyIsCountedAsItArrives() async throws {
        let chunks = (0..<10).map { _ in ByteBuffer(repeating: UInt8(ascii: "y"), count: 1000) }
        let response = HTTPClientResponse(status: .ok, headers: [:], body: .stream(chunks.async))
        await #expect(throws: TransportError.bodyTooLarge(limit: 5000)) {
            try await HTTPTransport.collect(response, limit: 5000)
        }
        let fits = HTTPClientResponse(status: .ok, headers: [:], body: .stream(chunks.async))
        #expect(try await HTTPTransport.collect(fits, limit: 10_000).count == 10_000)
    }

    @Test func aRefusedConnectionNamesTheHostAndPort() async throws {
        let port = try await LoopbackServer.with(RecordingServerTransport()) { base in base }
        let http = try transport(port)
        let authority = String(port.dropFirst("http://".count))
        await #expect {
            try await http.send(request(.get, "/api/v2/campaigns"))
        } throws: { error in
            // Refused once the listener is gone; reset if it is still closing.
            guard case TransportError.connection(let detail) = error else { return false }
            return detail == "connection refused by \(authority)" || detail == "connection reset by \(authority)"
        }
        try await http.shutdown()
    }

    @Test func anInvalidHeaderValueIsRefusedWithoutEchoingIt() async throws {
        let http = try transport("http://127.0.0.1:9")
        let bad = request(.get, "/api/v2/campaigns", headers: ["Authorization": "Bearer sk-secret\nX-Injected: 1"])
        await #expect {
            try await http.send(bad)
        } throws: { error in
            !"\(error)".contains("sk-secret") && (error as? TransportError)?.isTransient == false
        }
        try await http.shutdown()
    }

    @Test func aServiceWithoutABaseURLIsAnInvalidRequest() async throws {
        let http = try HTTPTransport(configuration: .init(baseURLs: [:]))
        await #expect(throws: TransportError.invalidRequest("no base URL is configured for instantly")) {
            try await http.send(request(.get, "/api/v2/campaigns"))
        }
        try await http.shutdown()
    }

    @Test func baseURLsAreCheckedAndNamedByHostAndPort() throws {
        #expect(Endpoint(baseURL: "https://api.instantly.ai")?.authority == "api.instantly.ai:443")
        #expect(Endpoint(baseURL: "http://127.0.0.1:8080/")?.prefix == "http://127.0.0.1:8080")
        #expect(Endpoint(baseURL: "http://localhost/proxy//")?.prefix == "http://localhost/proxy")
        #expect(Endpoint(baseURL: "http://localhost/proxy")?.authority == "localhost:80")
        #expect(Endpoint(baseURL: "ftp://example.com") == nil)
        #expect(Endpoint(baseURL: "https://") == nil)
        #expect(Endpoint(baseURL: "https://user:pw@example.com") == nil)
        #expect(throws: TransportError.self) { try HTTPTransport(configuration: .init(baseURLs: [.instantly: "api.instantly.ai"])) }
    }
}
