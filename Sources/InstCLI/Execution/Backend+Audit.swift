import InstTransport

extension Backend.Layers {
    /// The audit log: one hash-chained record per call, sent or planned.
    func auditMiddleware() throws -> [any TransportMiddleware] {
        []
    }

    /// Resuming a run from its ledger, and writes whose outcome is unknown.
    func ledgerMiddleware(simulated: Bool) throws -> [any TransportMiddleware] {
        []
    }
}
