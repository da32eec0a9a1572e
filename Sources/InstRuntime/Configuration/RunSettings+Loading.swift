/// How the settings of a run are put together: the profile (`config.toml`), then the
/// environment, then the flags — each later source wins.
///
/// | setting            | profile key                        | environment                    | flag                  |
/// |--------------------|------------------------------------|--------------------------------|-----------------------|
/// | Instantly key      | `instantly_api_key(_file)`         | `INSTANTLY_API_KEY(_FILE)`     | never                 |
/// | sub-workspace      | `instantly_workspace`              | `INSTANTLY_WORKSPACE`          |                       |
/// | rates              | `rate`                             |                                | `--rate` (added last) |
/// | audit log          | `audit`                            |                                | `--audit`             |
/// | caps               | `max_calls`, …                     |                                | `--max-calls`, …      |
/// | PII redaction      | `audit_redact_pii`                 |                                | `--audit-redact-pii`  |
extension RunSettings {
    /// What the flags of a run contribute.
    public struct Flags: Sendable {
        public var profile: String?
        public var rates: [String]
        public var auditPath: String?
        public var policy: RunPolicy
        public var redactsPII: Bool

        public init(profile: String? = nil, rates: [String] = [], auditPath: String? = nil, policy: RunPolicy = RunPolicy(), redactsPII: Bool = false) {
            self.profile = profile
            self.rates = rates
            self.auditPath = auditPath
            self.policy = policy
            self.redactsPII = redactsPII
        }
    }

    /// The variable naming an agency key's sub-workspace (overrides `instantly_workspace`).
    public static let workspaceVariable = "INSTANTLY_WORKSPACE"

    /// Reads the configuration file (``Configuration/defaultPath(environment:)``), picks the
    /// profile and merges it with `environment` and `flags`; with redaction on, loads (or
    /// creates) the machine's PII key.
    ///
    /// - Throws: ``ConfigurationError``, ``CredentialError`` or ``RateSpecError`` — each names
    ///   the file, variable or flag at fault and never a key. Nothing has been sent yet.
    public static func load(environment: [String: String], flags: Flags) throws -> RunSettings {
        let path = Configuration.defaultPath(environment: environment)
        let configuration = try path.flatMap { try Configuration.load(path: $0, environment: environment) }
        let profile = try Configuration.profile(named: flags.profile, in: configuration, environment: environment, path: path)
        var settings = try merging(profile: profile, environment: environment, flags: flags)
        if settings.redactsPII { settings.piiRedactor = try PIIRedactor.load(environment: environment) }
        return settings
    }

    /// `profile` ← `environment` ← `flags`, with a notice for each environment variable that
    /// overrides a value the profile sets. Pure apart from reading key files.
    public static func merging(profile: Profile?, environment: [String: String], flags: Flags) throws -> RunSettings {
        let (credentials, overrides) = try Credentials.load(from: environment, profile: profile)
        var notices = overrides
        var workspace = profile?.instantlyWorkspace
        if let variable = Credentials.value(workspaceVariable, in: environment) {
            guard WorkspaceHeaderMiddleware.isValidID(variable) else {
                throw ConfigurationError.invalidVariable(workspaceVariable, expected: WorkspaceHeaderMiddleware.idForm)
            }
            if let profile, let configured = workspace, configured != variable {
                notices.append("inst: \(workspaceVariable) overrides the sub-workspace of profile '\(profile.name)'")
            }
            workspace = variable
        }
        return RunSettings(
            credentials: credentials, workspace: workspace,
            rates: (profile?.rates ?? []) + (try flags.rates.map { try RateSpec(validating: $0) }),
            policy: (profile?.policy ?? RunPolicy()).overridden(by: flags.policy),
            auditPath: flags.auditPath ?? profile?.auditPath,
            redactsPII: flags.redactsPII || profile?.redactsPII == true,
            profile: profile?.name, notices: notices)
    }
}
