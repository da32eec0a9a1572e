import InstRuntime
import InstTransport

extension Backend {
    /// The run's settings: the configuration profile (`--profile`, `INST_PROFILE` or
    /// `default_profile` of `config.toml`), then the environment, then the flags. A problem in
    /// any of them is thrown before anything is sent (the run ends with a usage error, exit 2).
    static func settings(options: RunOptions, environment: [String: String]) throws -> RunSettings {
        try RunSettings.load(environment: environment, flags: RunSettings.Flags(
            profile: options.profile, rates: options.rate, auditPath: options.audit,
            policy: options.policy, redactsPII: options.auditRedactPII))
    }
}

extension Backend.Layers {
    /// Instantly's `x-as-workspace` header when the profile (or `INSTANTLY_WORKSPACE`) names a
    /// sub-workspace for an agency key to act on.
    func workspaceMiddleware() -> [any TransportMiddleware] {
        settings.workspace.map { [WorkspaceHeaderMiddleware(workspace: $0)] } ?? []
    }
}
