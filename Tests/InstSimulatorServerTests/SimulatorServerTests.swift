import AsyncHTTPClient
import InstSimulatorServer
import InstTestSupport
import InstTransport
import NIOCore
import NIOHTTP1
import Testing

/// The HTTP ↔ Transport translation, against a transport that records what it was sent.
@Suite struct SimulatorServerTests {
    private func get(_ url: String, method: NIOHTTP1.HTTPMethod = .GET, headers: [(String, String)] = [], body: String? = nil) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        return try await HTTPClient.shared.execute(request, timeout: .seconds(10))
    }

    @Test func translatesMethodPathQueryHeadersAndBody() async throws {
        let transport = RecordingTransport()
        let (status, echoed, echoPath, length) = try await withServer(transport) { port in
            let response = try await get(
                "http://127.0.0.1:\(port)/api/v2/leads/list?ids=a&ids=b&q=ada%40northwind.test&space=a+b%20c",
                method: .POST, headers: [("X-Custom", "one"), ("x-custom", "two")], body: #"{"limit":100}"#)
            let body = try await response.body.collect(upTo: 1 << 20)
            return (response.status.code, String(buffer: body), response.headers["X-Echo-Path"].first, response.headers["Content-Length"].first)
        }
        #expect(status == 200)
        #expect(echoed == #"{"limit":100}"#)
        #expect(echoPath == "/api/v2/leads/list")
        #expect(length == "13")
        let request = try #require(transport.requests.first)
        #expect(request.service == .instantly)
        #expect(request.method == .post)
        #expect(request.path == "/api/v2/leads/list")
        #expect(request.pathTemplate.rawValue == "/api/v2/leads/list")
        #expect(request.operationID == "")
        #expect(request.effect == .read)
        #expect(request.query == [
            QueryItem(name: "ids", value: "a"), QueryItem(name: "ids", value: "b"),
            QueryItem(name: "q", value: "ada@northwind.test"), QueryItem(name: "space", value: "a b c"),
        ])
        #expect(request.headers.values(for: "X-Custom") == ["one", "two"])
        #expect(request.headers["Host"] != nil)
        #expect(request.body == Array(#"{"limit":100}"#.utf8))
    }

    @Test func aRequestWithoutABodyHasANilBodyAndOtherPathsAreHighLevel() async throws {
        let transport = RecordingTransport()
        try await withServer(transport) { port in
            _ = try await get("http://127.0.0.1:\(port)/contacts/c%201")
            _ = try await get("http://127.0.0.1:\(port)/api/v2/campaigns", method: .POST, body: "")
        }
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests.first?.service == .highLevel)
        #expect(requests.first?.path == "/contacts/c%201")
        #expect(requests.first?.query == [])
        #expect(requests.first?.body == nil)
        #expect(requests.last?.service == .instantly)
        #expect(requests.last?.body == nil)
    }

    @Test func errorStatusesPassThrough() async throws {
        let status = try await withServer(RecordingTransport()) { port in
            try await get("http://127.0.0.1:\(port)/status/429").status.code
        }
        #expect(status == 429)
    }

    @Test func aConnectionFaultDropsTheConnectionWithoutAnAnswer() async throws {
        let transport = RecordingTransport()
        try await withServer(transport) { port in
            await #expect(throws: (any Error).self) { _ = try await get("http://127.0.0.1:\(port)/reset") }
            let answer = try await offThread { () -> Result<String, any Error> in
                let socket = try LoopbackSocket(port: port)
                try socket.write("GET /reset HTTP/1.1\r\nHost: x\r\n\r\n")
                return Result { try socket.readResponse() }
            }
            #expect(throws: LoopbackSocket.Failure.self) { _ = try answer.get() }
        }
        #expect(transport.requests.count == 2)
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        let transport = RecordingTransport()
        let (small, large) = try await withServer(transport, bodyLimit: 10) { port in
            (try await get("http://127.0.0.1:\(port)/x", method: .POST, body: "0123456789").status.code,
             try await get("http://127.0.0.1:\(port)/x", method: .POST, body: "0123456789A").status.code)
        }
        #expect(small == 200)
        #expect(large == 413)
        #expect(transport.requests.count == 1)
    }

    @Test func connectionsAreKeptAlive() async throws {
        let transport = RecordingTransport()
        let answers = try await withServer(transport) { port in
            try await offThread {
                let socket = try LoopbackSocket(port: port)
                try socket.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
                let first = try socket.readResponse()
                try socket.write("POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
                return [first, try socket.readResponse()]
            }
        }
        #expect(answers.allSatisfy { $0.hasPrefix("HTTP/1.1 200") })
        #expect(answers.last?.hasSuffix("\r\n\r\nhi") == true)
        #expect(transport.requests.map(\.path) == ["/one", "/two"])
    }

    @Test func portZeroPicksAFreePortEachTime() async throws {
        let first = try await withServer(RecordingTransport()) { $0 }
        let second = try await withServer(RecordingTransport()) { port in
            (port, try await get("http://127.0.0.1:\(port)/x").status.code)
        }
        #expect(first > 0)
        #expect(second.0 > 0)
        #expect(second.1 == 200)
    }
}
