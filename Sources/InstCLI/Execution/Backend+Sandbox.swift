import InstLanguage
import InstTransport

extension Backend {
    /// `module`'s API commands behind the sandbox's scope check. (Skeleton: refuses live writes without --live.)
    func sandboxed(_ module: any HostModule, service: String, requiredScopes: [String: [String]]) -> any HostModule {
        journal.mode == .live || isSimulator ? module : LiveSendGuard(base: module)
    }
}

extension Backend.Layers {
    /// The run's policy caps (calls, writes, leads and emails per day, campaigns).
    func policyMiddleware() throws -> [any TransportMiddleware] {
        []
    }
}
