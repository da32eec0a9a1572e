import InstRuntime
import InstTransport

extension Backend {
    /// Builds the middleware of a run from its settings; each layer's construction lives beside
    /// the layer (`Backend+Planning.swift`, `Backend+Audit.swift`, …).
    struct Layers {
        let options: RunOptions
        let environment: [String: String]
        let settings: RunSettings
        let journal: RunJournal
        let plan: PlanRecorder
        /// The run's audit log, shared by the layers that record calls; `nil` without one.
        let auditLog: AuditLog?

        /// Every layer above the credentials, outermost first. `simulated`: the backend is the
        /// embedded simulator (its state is the run's scratch copy, so planned writes go to it).
        func middleware(simulated: Bool) throws -> [any TransportMiddleware] {
            // The governor's holds, for the audit records of the calls they delayed.
            let waits = GovernorWaits()
            // `--resume`: the writes answered from the log, which the policy and audit layers ask about.
            let replays = try resumeReplays(simulated: simulated)
            var layers: [any TransportMiddleware] = []
            layers += try policyMiddleware(replays: replays)
            layers += try auditMiddleware(waits: waits, simulated: simulated, replays: replays)
            layers += planningMiddleware(simulated: simulated)
            layers += try ledgerMiddleware(simulated: simulated, ledger: replays?.ledger)
            layers.append(RetryMiddleware())
            layers += try governorMiddleware(simulated: simulated, waits: waits)
            return layers
        }
    }
}
