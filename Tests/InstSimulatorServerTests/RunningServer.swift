import InstSimulatorServer
import InstTransport

/// Runs a ``SimulatorServer`` on a free port for the length of `body`, then stops it.
func withServer<T: Sendable>(
    _ transport: any Transport, bodyLimit: Int = 16 << 20, _ body: (Int) async throws -> T
) async throws -> T {
    let (ports, listening) = AsyncStream.makeStream(of: Int.self)
    let server = SimulatorServer(transport: transport, port: 0, bodyLimit: bodyLimit)
    let task = Task { try await server.run { listening.yield($0); listening.finish() } }
    defer { task.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else { throw ServerDidNotStart() }
    let result = try await body(port)
    task.cancel()
    _ = await task.result
    return result
}

struct ServerDidNotStart: Error {}
