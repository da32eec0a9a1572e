import InstTransport
import Synchronization

/// A transport that records every request and answers from a closure (no network): canned
/// answers, or another in-process transport such as the simulator.
public final class RecordingTransport: Transport {
    public typealias Responder = @Sendable (TransportRequest) async throws -> TransportResponse

    private let log = Mutex<[TransportRequest]>([])
    private let responder: Responder

    public init(_ responder: @escaping Responder = { _ in RecordingTransport.json("{}") }) {
        self.responder = responder
    }

    /// The requests sent so far, in order.
    public var requests: [TransportRequest] { log.withLock { $0 } }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        log.withLock { $0.append(request) }
        return try await responder(request)
    }

    /// A JSON answer.
    public static func json(_ text: String, status: Int = 200, headers: HeaderFields = [:]) -> TransportResponse {
        var all = headers
        all["Content-Type"] = "application/json"
        return TransportResponse(status: status, headers: all, body: Array(text.utf8))
    }
}
