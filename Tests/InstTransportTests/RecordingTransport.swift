import InstTransport
import Synchronization

/// An in-memory transport that records what reaches it and answers with a canned response.
final class RecordingTransport: Transport {
    private let received = Mutex<[TransportRequest]>([])
    private let answer: @Sendable (TransportRequest) throws -> TransportResponse

    init(answer: @escaping @Sendable (TransportRequest) throws -> TransportResponse = { _ in TransportResponse(status: 200) }) {
        self.answer = answer
    }

    var requests: [TransportRequest] { received.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        received.withLock { $0.append(request) }
        return try answer(request)
    }
}

/// A shared log the tests' middleware write to, so a test can read the order things happened in.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])

    func record(_ event: String) { events.withLock { $0.append(event) } }
    var all: [String] { events.withLock { $0 } }
}

/// Middleware that logs on the way in and out and tags the request with its name.
struct TaggingMiddleware: TransportMiddleware {
    let name: String
    let log: EventLog

    func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        log.record("\(name) in")
        var request = request
        request.headers.append(name, for: "X-Seen-By")
        var response = try await next(request)
        log.record("\(name) out")
        response.headers.append(name, for: "X-Returned-Through")
        return response
    }
}

extension TransportRequest {
    static func sample(
        method: HTTPMethod = .get,
        path: String = "/api/v2/campaigns",
        query: [QueryItem] = [],
        effect: RequestEffect = .read
    ) -> TransportRequest {
        TransportRequest(
            service: .instantly, method: method, pathTemplate: "/api/v2/campaigns", path: path,
            query: query, operationID: "instantly.campaigns.list", effect: effect
        )
    }
}
