import APISchema
import InstHTTP
import InstLanguage
import InstRuntime
import InstSimulator
import InstTransport
import InstantlyKit

/// What a run's API calls go to — the embedded simulator (`--sim`, or no credentials) or the live
/// services over HTTP — and the layers every call crosses on the way, outermost first:
///
///     policy caps → audit → dry-run planning → ledger (resume, unknown outcomes)
///       → retries → rate governor → credentials → simulator | HTTP
///
/// It provides the host modules a script sees (`instantly.*`, and `sim.*` against the
/// simulator), each API command wrapped by the sandbox's scope check.
final class Backend {
    enum Kind {
        case simulator(SimulatorSession)
        case live(HTTPTransport)
    }

    let kind: Kind
    /// The transport commands send through, middleware included.
    let transport: any Transport
    /// The run's id, mode, script, current call and grant, shared by the layers.
    let journal: RunJournal
    /// The writes planned (dry-run) so far.
    let plan: PlanRecorder
    let settings: RunSettings
    let auditLog: AuditLog?
    /// Prints a notice to the user.
    let say: @Sendable (String) -> Void

    /// The token in-process simulator calls carry, so its 401 rule holds as it does over HTTP.
    static let demoToken = Secret("inst-demo-workspace")
    static let implicitSimulatorNotice = "inst: no credentials; using the embedded simulator (demo workspace)"

    private init(kind: Kind, transport: any Transport, layers: Layers, say: @escaping @Sendable (String) -> Void) {
        self.kind = kind
        self.transport = transport
        self.journal = layers.journal
        self.plan = layers.plan
        self.settings = layers.settings
        self.auditLog = layers.auditLog
        self.say = say
    }

    /// The backend `options` and `environment` ask for: the embedded simulator when `--sim` is
    /// given or no Instantly key is configured, else the live services. `script` names the
    /// script being run (`nil` for the REPL and `-c`). `say` prints a notice (the implicit
    /// simulator is announced at the first API call).
    ///
    /// - Throws: ``CredentialError`` and configuration errors for unreadable or unsafe key files,
    ///   profiles and malformed URLs; ``TransportError`` when the HTTP transport cannot be set up.
    static func make(
        options: RunOptions, environment: [String: String], script: ScriptIdentity? = nil,
        say: @escaping @Sendable (String) -> Void
    ) throws -> Backend {
        let settings = try settings(options: options, environment: environment)
        for notice in settings.notices { say(notice) }
        let simulatorLimits: RateLimits = environment["INST_SIM_RATE_LIMITS"] == "off" ? .unlimited : .documented
        let usesSimulator = options.sim || settings.credentials.tokens[.instantly] == nil
        let journal = RunJournal(
            runID: options.resume ?? RunID.make(), mode: options.live ? .live : .dryRun,
            // Against the simulator, metered calls cost nothing: they are sent in dry-run too.
            spend: options.spend || usesSimulator,
            scriptPath: script?.path, scriptSHA256: script?.sha256)
        let plan = PlanRecorder()
        let auditLog = try auditPath(settings: settings, environment: environment).map { try AuditLog(path: $0) }
        let layers = Layers(
            options: options, environment: environment, settings: settings, journal: journal, plan: plan, auditLog: auditLog)
        if usesSimulator {
            var notice: String?
            if !options.sim {
                notice = implicitSimulatorNotice
                if settings.credentials.baseURLs[.instantly] != nil {
                    notice! += "\ninst: INSTANTLY_BASE_URL is ignored without INSTANTLY_API_KEY or INSTANTLY_API_KEY_FILE"
                }
            }
            let simulator = Simulator(configuration: SimulatorConfiguration(rateLimits: simulatorLimits, webhookTransport: WebhookHTTPTransport()))
            let session = SimulatorSession(simulator: simulator, journal: journal)
            var middleware = try layers.middleware(simulated: true) + [AuthorizationMiddleware { _ in demoToken }]
            if let notice { middleware.insert(FirstUseNotice(notice, say: say), at: 0) }
            return Backend(kind: .simulator(session), transport: MiddlewareTransport(session, middleware: middleware),
                           layers: layers, say: say)
        }
        let credentials = settings.credentials
        let http = try HTTPTransport(configuration: .init(baseURLs: credentials.effectiveBaseURLs))
        let middleware = try layers.middleware(simulated: false)
            + [AuthorizationMiddleware(tokens: credentials.tokens)] + layers.workspaceMiddleware()
        return Backend(kind: .live(http), transport: MiddlewareTransport(http, middleware: middleware),
                       layers: layers, say: say)
    }

    var isSimulator: Bool {
        if case .simulator = kind { true } else { false }
    }

    /// `sim` or `http`, as the REPL prompt shows it.
    var name: String { isSimulator ? "sim" : "http" }

    /// The commands scripts get: `instantly.*` behind the sandbox's scope check, and `sim.*`
    /// when the backend is the simulator.
    var modules: [any HostModule] {
        let instantly = InstantlyModule(client: APIClient(transport: transport), options: InstantlyModule.Options(sleep: wait))
        let guarded = sandboxed(instantly, service: "instantly", requiredScopes: Self.instantlyScopes)
        switch kind {
        case .simulator(let session):
            return [guarded, highLevelModule, SimulatorModule(session: session)]  // G1
        case .live:
            return [guarded, highLevelModule]  // G1
        }
    }

    /// The scopes of which any one allows each Instantly command that calls the API.
    private static let instantlyScopes: [String: [String]] = {
        var scopes = InstantlyConveniences.requiredScopes
        for operation in InstantlyCatalog.operations { scopes[operation.name] = operation.scopes }
        return scopes
    }()

    /// How commands wait between polls: against the simulator its virtual clock moves (time passes
    /// for its campaigns too, and nobody waits); against live services the thread sleeps in short
    /// slices so Ctrl-C stops the wait.
    private var wait: @Sendable (Duration) throws -> Void {
        switch kind {
        case .simulator(let session):
            return { session.current.advance(by: $0) }
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

    /// Writes the audit records still waiting and closes live connections; call once the run is over.
    func shutdown() {
        flushAudit()
        if case .live(let http) = kind { try? http.syncShutdown() }
    }
}
