import InstTransport
import Synchronization

/// A transport that remembers every request and answers with its body echoed back; the path
/// `/reset` drops the connection and `/status/NNN` answers with that status.
final class RecordingTransport: Transport {
    private let received = Mutex<[TransportRequest]>([])

    var requests: [TransportRequest] { received.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        received.withLock { $0.append(request) }
        if request.path == "/reset" { throw TransportError.connection("reset") }
        let status = request.path.hasPrefix("/status/") ? Int(request.path.dropFirst(8)) ?? 500 : 200
        return TransportResponse(
            status: status,
            headers: ["Content-Type": "application/octet-stream", "X-Echo-Path": request.path, "Content-Length": "999"],
            body: request.body ?? []
        )
    }
}
