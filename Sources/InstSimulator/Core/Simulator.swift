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
///
/// The workspace is seeded at the first use, so a run that never calls the API pays nothing for it.
public final class Simulator: Transport, Sendable {
    /// `nil` until the first use.
    private let state = Mutex<SimulatorState?>(nil)
    public let configuration: SimulatorConfiguration
    /// The webhook events a ``deliverWebhooks()`` call is delivering, so a concurrent call skips them.
    let webhookEventsInFlight = Mutex<Set<String>>([])

    public init(configuration: SimulatorConfiguration = SimulatorConfiguration()) {
        self.configuration = configuration
    }

    /// Runs `body` on the state, seeding it first if this is the first use.
    func withState<Result: Sendable>(_ body: (inout SimulatorState) -> Result) -> Result {
        state.withLock { state in
            if state == nil { state = SimulatorState(configuration: configuration) }
            // Just seeded if it was nil; the unwrap projects the stored state in place (no copy).
            return body(&state!)
        }
    }

    /// Answers `request` as the service would; throws ``TransportError/connection(_:)`` for an
    /// injected connection reset, and waits out injected latency.
    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        let outcome = withState { $0.handle(request) }
        if configuration.faults.latency > .zero { try await configuration.sleep(configuration.faults.latency) }
        switch outcome {
        case .answer(let response): return await completingWebhookTest(request, answer: response)
        case .reset: throw TransportError.connection("connection reset by peer (simulator fault injection)")
        }
    }

    /// Moves the virtual clock forward; campaigns send, leads open, reply and bounce on the way.
    /// Webhook events are recorded as they happen; ``deliverWebhooks()`` then sends them.
    public func advance(by duration: Duration) {
        withState { $0.advance(by: duration) }
    }

    /// A simulator starting from a copy of this one's state (seeded first if need be) and
    /// configuration: what it does from then on leaves this one untouched. A dry-run works on one.
    /// The fork never delivers webhooks (its configuration has no ``SimulatorConfiguration/webhookTransport``).
    public func fork() -> Simulator {
        var dryRun = configuration
        dryRun.webhookTransport = nil
        let copy = Simulator(configuration: dryRun)
        let snapshot = withState { $0 }
        copy.state.withLock { $0 = snapshot }
        return copy
    }

    /// A copy of the GoHighLevel location's state: contacts, notes, tasks, workflows, enrolments.
    public var highLevel: HighLevelLocation { withState { $0.highLevel } } // G2

    /// The virtual clock's reading.
    public var now: SimTime {
        withState { $0.instantly.now }
    }
}
