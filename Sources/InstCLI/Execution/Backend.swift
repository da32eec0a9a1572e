import APISchema
import InstHTTP
import InstLanguage
import InstRuntime
import InstSimulator
import InstTransport
import InstantlyKit

/// What a run's API calls go to: the embedded simulator (`--sim`, or no credentials) or the live
/// services over HTTP with bearer auth and retries. It provides the host modules a script sees
/// (`instantly.*`, and `sim.*` against the simulator).
final class Backend {
    enum Kind {
        case simulator(Simulator)
        case live(HTTPTransport)
    }

    let kind: Kind
    /// The transport commands send through, middleware included.
    let transport: any Transport
    /// `--live`: writes and metered calls may go to a live workspace.
    let sendsLive: Bool

    /// The token in-process simulator calls carry, so its 401 rule holds as it does over HTTP.
    static let demoToken = Secret("inst-demo-workspace")
    static let implicitSimulatorNotice = "inst: no credentials; using the embedded simulator (demo workspace)"

    private init(kind: Kind, transport: any Transport, sendsLive: Bool) {
        self.kind = kind
        self.transport = transport
        self.sendsLive = sendsLive
    }

    /// The backend `options` (`--sim`, `--live`) and `environment` ask for.
    static func make(
        options: RunOptions, environment: [String: String], say: @escaping @Sendable (String) -> Void
    ) throws -> Backend {
        try make(sim: options.sim, live: options.live, environment: environment, say: say)
    }

    /// The embedded simulator when `sim` is set or `environment` holds no Instantly key, else the
    /// live services. `say` prints a notice (the implicit simulator is announced at the first
    /// API call).
    ///
    /// - Throws: ``CredentialError`` for unreadable or unsafe key files and malformed URLs;
    ///   ``TransportError`` when the HTTP transport cannot be set up.
    static func make(
        sim: Bool, live: Bool, environment: [String: String], say: @escaping @Sendable (String) -> Void
    ) throws -> Backend {
        let simulatorLimits: RateLimits = environment["INST_SIM_RATE_LIMITS"] == "off" ? .unlimited : .documented
        if sim { return simulator(sendsLive: live, limits: simulatorLimits, notice: nil, say: say) }
        let credentials = try Credentials.load(from: environment)
        guard credentials.tokens[.instantly] != nil else {
            var notice = implicitSimulatorNotice
            if credentials.baseURLs[.instantly] != nil {
                notice += "\ninst: INSTANTLY_BASE_URL is ignored without INSTANTLY_API_KEY or INSTANTLY_API_KEY_FILE"
            }
            return simulator(sendsLive: live, limits: simulatorLimits, notice: notice, say: say)
        }
        let http = try HTTPTransport(configuration: .init(
            baseURLs: HTTPTransport.Configuration.defaultBaseURLs.merging(credentials.baseURLs) { _, configured in configured }
        ))
        let transport = MiddlewareTransport(http, middleware: [RetryMiddleware(), AuthorizationMiddleware(tokens: credentials.tokens)])
        return Backend(kind: .live(http), transport: transport, sendsLive: live)
    }

    /// The in-process simulator, behind the same retry middleware as the live services so a 429 from
    /// its rate limits is handled as the real one would be. `INST_SIM_RATE_LIMITS=off` lifts the limits
    /// (benchmarks measure inst, not the documented 100 requests a second).
    private static func simulator(
        sendsLive: Bool, limits: RateLimits, notice: String?, say: @escaping @Sendable (String) -> Void
    ) -> Backend {
        let simulator = Simulator(configuration: SimulatorConfiguration(rateLimits: limits))
        var middleware: [any TransportMiddleware] = [RetryMiddleware(), AuthorizationMiddleware { _ in demoToken }]
        if let notice { middleware.insert(FirstUseNotice(notice, say: say), at: 0) }
        return Backend(kind: .simulator(simulator), transport: MiddlewareTransport(simulator, middleware: middleware), sendsLive: sendsLive)
    }

    var isSimulator: Bool {
        if case .simulator = kind { true } else { false }
    }

    /// The commands scripts get: `instantly.*` (guarded against live writes without `--live`),
    /// and `sim.*` when the backend is the simulator.
    var modules: [any HostModule] {
        let instantly = InstantlyModule(client: APIClient(transport: transport), options: InstantlyModule.Options(sleep: wait))
        switch kind {
        case .simulator(let simulator):
            return [instantly, SimulatorModule(simulator: simulator)]
        case .live:
            return [sendsLive ? instantly : LiveSendGuard(base: instantly)]
        }
    }

    /// Explains to `interpreter` the namespaces this backend leaves out: `sim.*` against live services.
    func describeAbsentNamespaces(to interpreter: Interpreter) {
        interpreter.describeAbsentNamespace(
            "sim", "'sim.…' commands exist only against the simulator: run with --sim, or without credentials")
    }

    /// How commands wait between polls: against the simulator its virtual clock moves (time passes
    /// for its campaigns too, and nobody waits); against live services the thread sleeps in short
    /// slices so Ctrl-C stops the wait.
    private var wait: @Sendable (Duration) throws -> Void {
        switch kind {
        case .simulator(let simulator):
            return { simulator.advance(by: $0) }
        case .live:
            return { duration in
                let slice = Duration.milliseconds(50)
                var left = duration
                while left > .zero {
                    if Interrupts.flag.isCancelled { throw ScriptError(kind: .cancelled, message: "interrupted") }
                    try InstantlyModule.Options.threadSleep(min(left, slice))
                    left -= slice
                }
            }
        }
    }

    /// Closes live connections; call once the run is over.
    func shutdown() {
        if case .live(let http) = kind { try? http.syncShutdown() }
    }
}
