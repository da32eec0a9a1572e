@testable import InstCLI
@testable import InstLanguage
import Foundation
import InstRuntime
import InstSimulator
import InstTestSupport
import InstTransport
import Synchronization
import Testing

/// `sim.advance` waiting on a webhook target that accepts the connection and never answers stops
/// at Ctrl-C (the interpreter's cancellation flag) instead of waiting out the delivery timeout.
@Suite struct SimAdvanceInterruptTests {
    @Test func anInterruptStopsTheWaitForASilentTarget() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let simulator = Simulator(configuration: SimulatorConfiguration(webhookTransport: WebhookHTTPTransport()))
        let body = #"{"target_hook_url":"http://127.0.0.1:\#(listener.port)/hook","event_type":"reply_received"}"#
        let answer = try await simulator.send(TransportRequest(
            service: .instantly, method: .post, pathTemplate: PathTemplate("/api/v2/webhooks"),
            headers: ["Authorization": "Bearer k", "Content-Type": "application/json", "User-Agent": "inst-tests/1.0"],
            body: Array(body.utf8), operationID: "", effect: .write))
        #expect(answer.status == 200, "\(answer.bodyText)")

        let flag = CancellationFlag()
        let interrupted = Mutex<ContinuousClock.Instant?>(nil)
        Thread {
            listener.waitForConnection()  // a delivery is under way and will get no answer
            interrupted.withLock { $0 = .now }
            flag.cancel()
        }.start()
        let outcome = try await offThread { () -> Result<Value, ScriptError> in
            let session = SimulatorSession(simulator: simulator, journal: RunJournal(runID: "r", mode: .live))
            guard let advance = SimulatorModule(session: session).commands.first(where: { $0.name == "sim.advance" }) else {
                return .failure(ScriptError.runtime("no sim.advance"))
            }
            let file = SourceFile(name: "test.inst", text: "sim.advance 2d")
            let interpreter = Interpreter(configuration: .init(cancellation: flag))
            let context = CommandContext(span: SourceSpan(file: file, start: 0, end: 0), interpreter: interpreter)
            do {
                return .success(try advance.run(Arguments(parameters: advance.parameters, values: [.string("2d")]), context))
            } catch let error as ScriptError {
                return .failure(error)
            }
        }
        let returned = ContinuousClock.now
        let interruptedAt = try #require(interrupted.withLock { $0 })
        let waited = returned - interruptedAt
        guard case .failure(let error) = outcome else {
            Issue.record("sim.advance finished: \(outcome)")
            return
        }
        #expect(error.kind == ScriptError.Kind.cancelled)
        #expect(listener.connections >= 1)
        // The delivery under way was abandoned, not waited out (its timeout runs from the connection).
        #expect(waited < WebhookHTTPTransport.timeout, "returned \(waited) after the interrupt")
        #expect(simulator.now.iso8601 == "2026-11-04T14:00:00.000Z", "the clock moved before the deliveries")
    }
}

/// A loopback TCP listener that accepts connections and never reads or answers them.
private final class SilentListener: @unchecked Sendable {
    private let socket: Int32
    private let accepted = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var clients: [Int32] = []
    let port: Int

    struct Failure: Error {}

    init() throws {
        let (socket, port) = try LoopbackSocket.bound()
        guard listen(socket, 8) == 0 else {
            Foundation.close(socket)
            throw Failure()
        }
        self.socket = socket
        self.port = port
        Thread { [self] in acceptUntilClosed() }.start()
    }

    /// How many connections were accepted.
    var connections: Int { lock.withLock { clients.count } }

    /// Blocks until a connection was accepted.
    func waitForConnection() {
        accepted.wait()
        accepted.signal()
    }

    /// Stops listening and drops the connections; a ``waitForConnection()`` still waiting returns.
    func close() {
        shutdown(socket, Int32(SHUT_RDWR))
        Foundation.close(socket)
        lock.withLock { for client in clients { Foundation.close(client) } }
        accepted.signal()
    }

    private func acceptUntilClosed() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            lock.withLock { clients.append(client) }
            accepted.signal()
        }
    }
}
