import InstTransport
import Synchronization

/// Instantly (and, later, GoHighLevel) as in-memory state machines behind the ``Transport`` seam,
/// with a virtual clock that moves only when told.
///
///     let simulator = Simulator()
///     let answer = try await simulator.send(request)   // GET /api/v2/campaigns → the demo campaigns
///     simulator.advance(by: .seconds(2 * 86_400))        // campaigns send, leads reply
///
/// It routes on the method, path, query, headers and body only — never on the caller's idea of the
/// operation — so it answers an HTTP server's requests exactly as an in-process client's.
public final class Simulator: Transport, Sendable {
    private let state: Mutex<SimulatorState>
    public let configuration: SimulatorConfiguration

    public init(configuration: SimulatorConfiguration = SimulatorConfiguration()) {
        self.configuration = configuration
        self.state = Mutex(SimulatorState(configuration: configuration))
    }

    /// Answers `request` as the service would; throws ``TransportError/connection(_:)`` for an
    /// injected connection reset, and waits out injected latency.
    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        let outcome = state.withLock { $0.handle(request) }
        if configuration.faults.latency > .zero { try await configuration.sleep(configuration.faults.latency) }
        switch outcome {
        case .answer(let response): return response
        case .reset: throw TransportError.connection("connection reset by peer (simulator fault injection)")
        }
    }

    /// Moves the virtual clock forward; campaigns send, leads open, reply and bounce on the way.
    public func advance(by duration: Duration) {
        state.withLock { $0.advance(by: duration) }
    }

    /// The virtual clock's reading.
    public var now: SimTime {
        state.withLock { $0.instantly.now }
    }
}
