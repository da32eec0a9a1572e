import InstSimulatorServer
import InstTransport
import Synchronization

/// A `SimulatorServer` on 127.0.0.1 serving a test's transport, for the duration of `body`.
enum LoopbackServer {
    static func with<T: Sendable>(
        _ transport: any Transport,
        _ body: @Sendable (_ baseURL: String) async throws -> T
    ) async throws -> T {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = Task {
            try await SimulatorServer(transport: transport, port: 0).run { port in continuation.yield(port) }
        }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw ServerDidNotStart() }
        let result = try await body("http://127.0.0.1:\(port)")
        server.cancel()
        _ = await server.result
        return result
    }

    struct ServerDidNotStart: Error {}
}

/// A transport that records every request the server hands it and answers with `answer`.
final class RecordingServerTransport: Transport {
    private let received = Mutex<[TransportRequest]>([])
    private let answer: @Sendable (TransportRequest) async throws -> TransportResponse

    init(answer: @escaping @Sendable (TransportRequest) async throws -> TransportResponse = { _ in TransportResponse(status: 200) }) {
        self.answer = answer
    }

    var requests: [TransportRequest] { received.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        received.withLock { $0.append(request) }
        return try await answer(request)
    }
}

/// Suspends callers until a test opens it.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let open = state.withLock { state in
                if !state.open { state.waiters.append(continuation) }
                return state.open
            }
            if open { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        waiters.forEach { $0.resume() }
    }
}
