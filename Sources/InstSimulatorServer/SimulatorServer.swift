import Hummingbird
import InstSimulator
import InstTransport
import Logging
import ServiceLifecycle
import Synchronization

/// Serves a ``Transport`` (the simulator) over HTTP/1.1 on 127.0.0.1, so any client can talk to it:
///
///     let server = SimulatorServer(simulator: Simulator(), port: 0)
///     try await server.run { port in print("listening on \(port)") }
///
/// Each request becomes a `TransportRequest` (see `TransportRequest.init(head:body:)`) and the
/// answer goes back as it is. Connections are kept alive. A `TransportError.connection` from the
/// transport (the simulator's `reset` fault) closes the connection without an answer.
public struct SimulatorServer: Sendable {
    /// The only address served: loopback.
    public static let host = "127.0.0.1"

    public let transport: any Transport
    /// The port to listen on; 0 picks a free one, reported to `run`'s `onListening`.
    public let port: Int
    /// The largest request body accepted, in bytes; larger ones get 413.
    public let bodyLimit: Int

    /// Answers `/_sim/…` when serving a simulator.
    let clock: ClockEndpoints?

    public init(transport: any Transport, port: Int = 0, bodyLimit: Int = 16 << 20) {
        self.init(transport: transport, clock: nil, port: port, bodyLimit: bodyLimit)
    }

    /// Serves `simulator` and its clock: `POST /_sim/advance {"by": "2d"}` moves it and delivers
    /// the webhooks then due; `GET /_sim/now` reads it.
    public init(simulator: Simulator, port: Int = 0, bodyLimit: Int = 16 << 20) {
        self.init(transport: simulator, clock: ClockEndpoints(simulator: simulator), port: port, bodyLimit: bodyLimit)
    }

    private init(transport: any Transport, clock: ClockEndpoints?, port: Int, bodyLimit: Int) {
        self.transport = transport
        self.clock = clock
        self.port = port
        self.bodyLimit = bodyLimit
    }

    /// Listens, calls `onListening` with the bound port, and serves until the calling task is
    /// cancelled, `stop` is used or, with `stopOnSignals`, SIGINT or SIGTERM arrives; then stops
    /// gracefully, finishing requests in flight, and returns.
    public func run(
        stopOnSignals: Bool = false, stop: StopHandle? = nil, onListening: @escaping @Sendable (Int) async -> Void
    ) async throws {
        let requestedPort = port
        let application = Application(
            responder: TransportResponder(transport: transport, clock: clock, bodyLimit: bodyLimit),
            configuration: ApplicationConfiguration(address: .hostname(Self.host, port: port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? requestedPort) },
            logger: Self.quietLogger
        )
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application],
                gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [],
                logger: Self.quietLogger
            )
        )
        stop?.attach(group)
        try await group.run()
    }

    /// Stops a server from outside, as SIGTERM would: requests in flight finish, then `run`
    /// returns. Stopping before the server runs makes it stop as soon as it starts.
    public final class StopHandle: Sendable {
        private let state = Mutex<(group: ServiceGroup?, stopped: Bool)>((nil, false))

        public init() {}

        /// Shuts the server down gracefully (once; later calls do nothing).
        public func stop() {
            let group = state.withLock { state -> ServiceGroup? in
                defer { state.stopped = true }
                return state.stopped ? nil : state.group
            }
            if let group { Task { await group.triggerGracefulShutdown() } }
        }

        fileprivate func attach(_ group: ServiceGroup) {
            let stopped = state.withLock { state in
                state.group = group
                return state.stopped
            }
            if stopped { Task { await group.triggerGracefulShutdown() } }
        }
    }

    /// Standard output carries the `serving at …` line scripts read; the server logs nothing.
    private static var quietLogger: Logger {
        var logger = Logger(label: "inst.sim.serve")
        logger.logLevel = .critical
        return logger
    }
}
