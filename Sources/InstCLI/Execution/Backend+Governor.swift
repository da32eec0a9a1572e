import InstRuntime
import InstTransport

extension Backend.Layers {
    /// The rate governors, inside the retries so every attempt is paced and every 429 seen: the
    /// documented limits with the run's `--rate`/profile overrides.
    ///
    /// - Live: one governor per service, its budget in a state file shared by every `inst`
    ///   process using the same key and base URL (`$XDG_STATE_HOME/inst/governor/`, named by
    ///   ``CredentialFingerprint``); in memory for a service without a key, or without a state
    ///   directory.
    /// - Embedded simulator: one in-memory budget (each embedded simulator is its own workspace).
    ///   `INST_SIM_RATE_LIMITS=off` lifts the simulator's limits and with them the governor,
    ///   unless rates are given (`--rate`, the profile): then those govern (benchmarks measure
    ///   the layer that way with rates too high to ever wait).
    ///
    /// `waits` hears each hold, for the audit log's `wait` field. Long holds (over a second) show
    /// a ``ProgressLine`` when standard error is a terminal.
    func governorMiddleware(simulated: Bool, waits: GovernorWaits) throws -> [any TransportMiddleware] {
        if simulated && environment["INST_SIM_RATE_LIMITS"] == "off" && settings.rates.isEmpty { return [] }
        let configuration = try RateGovernorConfiguration.documented.applying(settings.rates)
        var observers: [any GovernorObserver] = [waits]
        if let progress = ProgressLine.Reporter.standardError(environment: environment) { observers.append(progress) }
        func governor(_ configuration: RateGovernorConfiguration, _ store: any GovernorStore) -> any TransportMiddleware {
            GovernorMiddleware(governor: RateGovernor(configuration: configuration, store: store),
                               observers: observers, progressInterval: .seconds(1))
        }
        if simulated { return [governor(configuration, MemoryGovernorStore())] }
        return try [ServiceName.instantly, .highLevel].map { service in
            governor(configuration.restricted(to: service), try sharedStore(for: service))
        }
    }

    /// The state file of `service`'s credentials, shared with every process using them.
    private func sharedStore(for service: ServiceName) throws -> any GovernorStore {
        guard let folder = StateDirectory.path("governor", environment: environment),
              let token = settings.credentials.tokens[service]
        else { return MemoryGovernorStore() }
        let baseURL = settings.credentials.effectiveBaseURLs[service] ?? service.rawValue
        return try FileGovernorStore(
            directory: folder, fingerprint: CredentialFingerprint.make(service: service, baseURL: baseURL, token: token))
    }
}
