/// What a run is configured with once the profile, the environment and the flags are merged:
/// credentials, the workspace to act on, rate limits, policy caps and audit options.
public struct RunSettings: Sendable {
    public var credentials: Credentials
    /// An agency key's sub-workspace to act on (Instantly's `x-as-workspace` header), if any.
    public var workspace: String?
    /// `--rate` and the profile's `rate` entries (flags last, so they win).
    public var rates: [RateSpec]
    public var policy: RunPolicy
    /// The audit log's path (`--audit`, the profile's, else the default under the state directory).
    public var auditPath: String?
    /// `--audit-redact-pii`: lead emails in the audit log become keyed hashes.
    public var redactsPII: Bool
    /// The redactor under this machine's key when ``redactsPII`` (set by ``load(profile:environment:flags:)``).
    public var piiRedactor: PIIRedactor?
    /// The profile the settings come from, if any.
    public var profile: String?
    /// Things to tell the user (an environment variable overriding a profile's key).
    public var notices: [String]

    public init(
        credentials: Credentials = Credentials(), workspace: String? = nil, rates: [RateSpec] = [],
        policy: RunPolicy = RunPolicy(), auditPath: String? = nil, redactsPII: Bool = false, piiRedactor: PIIRedactor? = nil,
        profile: String? = nil, notices: [String] = []
    ) {
        self.credentials = credentials
        self.workspace = workspace
        self.rates = rates
        self.policy = policy
        self.auditPath = auditPath
        self.redactsPII = redactsPII
        self.piiRedactor = piiRedactor
        self.profile = profile
        self.notices = notices
    }
}
