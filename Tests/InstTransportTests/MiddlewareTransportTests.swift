import InstTransport
import Testing

@Suite struct MiddlewareTransportTests {
    @Test func withoutMiddlewareTheBaseGetsTheRequestUnchanged() async throws {
        let base = RecordingTransport { _ in TransportResponse(status: 204) }
        let response = try await MiddlewareTransport(base, middleware: []).send(.sample())
        #expect(response.status == 204)
        #expect(base.requests == [.sample()])
    }

    @Test func theFirstMiddlewareIsOutermost() async throws {
        let log = EventLog()
        let base = RecordingTransport { _ in log.record("base"); return TransportResponse(status: 200) }
        let transport = MiddlewareTransport(base, middleware: [
            TaggingMiddleware(name: "audit", log: log),
            TaggingMiddleware(name: "governor", log: log),
            TaggingMiddleware(name: "retry", log: log),
        ])
        let response = try await transport.send(.sample())

        #expect(log.all == ["audit in", "governor in", "retry in", "base", "retry out", "governor out", "audit out"])
        #expect(base.requests.first?.headers.values(for: "x-seen-by") == ["audit", "governor", "retry"])
        #expect(response.headers.values(for: "X-Returned-Through") == ["retry", "governor", "audit"])
    }

    @Test func aMiddlewareCanAnswerWithoutCallingTheRest() async throws {
        let log = EventLog()
        let base = RecordingTransport()
        let transport = MiddlewareTransport(base, middleware: [
            TaggingMiddleware(name: "audit", log: log),
            PlanningMiddleware(),
            TaggingMiddleware(name: "retry", log: log),
        ])

        let planned = try await transport.send(.sample(method: .post, effect: .write))
        #expect(planned.status == 200)
        #expect(planned.bodyText == #"{"dry_run":true}"#)
        #expect(base.requests.isEmpty)
        #expect(log.all == ["audit in", "audit out"])

        _ = try await transport.send(.sample())
        #expect(base.requests.count == 1)
        #expect(log.all.suffix(4) == ["audit in", "retry in", "retry out", "audit out"])
    }

    @Test func errorsFromTheBasePassOutThroughEveryMiddleware() async throws {
        let log = EventLog()
        let base = RecordingTransport { _ in throw TransportError.connection("connection refused by 127.0.0.1:9") }
        let transport = MiddlewareTransport(base, middleware: [TaggingMiddleware(name: "audit", log: log)])

        await #expect(throws: TransportError.connection("connection refused by 127.0.0.1:9")) {
            try await transport.send(.sample())
        }
        #expect(log.all == ["audit in"])
    }

    @Test func aMiddlewareCanCallTheRestAgain() async throws {
        let base = RecordingTransport { request in
            TransportResponse(status: request.headers["Attempt"] == "1" ? 503 : 200)
        }
        let transport = MiddlewareTransport(base, middleware: [RetryOnceMiddleware()])
        let response = try await transport.send(.sample())
        #expect(response.status == 200)
        #expect(base.requests.map { $0.headers["attempt"] } == ["1", "2"])
    }
}

/// Plans writes instead of sending them; lets reads through.
private struct PlanningMiddleware: TransportMiddleware {
    func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        guard request.effect == .write else { return try await next(request) }
        return TransportResponse(status: 200, body: Array(#"{"dry_run":true}"#.utf8))
    }
}

/// Sends once more after a 5xx, numbering the attempts in a header.
private struct RetryOnceMiddleware: TransportMiddleware {
    func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        var attempt = request
        attempt.headers["Attempt"] = "1"
        let first = try await next(attempt)
        guard first.status >= 500 else { return first }
        attempt.headers["Attempt"] = "2"
        return try await next(attempt)
    }
}
