import InstTransport

/// One `[profiles.NAME]` table of `config.toml`: the credentials and settings of one workspace.
/// The environment overrides its credentials, and flags its rates, audit path and caps.
public struct Profile: Sendable, Equatable {
    public var name: String
    /// Each service's key: inline (`instantly_api_key`, only in a file others cannot read) or a
    /// key file (`instantly_api_key_file`).
    public var keys: [ServiceName: KeySource]
    /// `instantly_base_url`, `ghl_base_url`.
    public var baseURLs: [ServiceName: String]
    /// `ghl_location_id`.
    public var highLevelLocationID: String?
    /// `instantly_workspace`: the sub-workspace an agency (admin workspace) key acts on.
    public var instantlyWorkspace: String?
    /// `rate = ["instantly=600/min"]`.
    public var rates: [RateSpec]
    /// `audit`: the audit log's path.
    public var auditPath: String?
    /// `audit_redact_pii = true`.
    public var redactsPII: Bool
    /// `max_calls`, `max_writes`, `max_leads_per_day`, `max_emails_per_day`, `allow_campaigns`, `deny_campaigns`.
    public var policy: RunPolicy

    public init(
        name: String, keys: [ServiceName: KeySource] = [:], baseURLs: [ServiceName: String] = [:],
        highLevelLocationID: String? = nil, instantlyWorkspace: String? = nil, rates: [RateSpec] = [],
        auditPath: String? = nil, redactsPII: Bool = false, policy: RunPolicy = RunPolicy()
    ) {
        self.name = name
        self.keys = keys
        self.baseURLs = baseURLs
        self.highLevelLocationID = highLevelLocationID
        self.instantlyWorkspace = instantlyWorkspace
        self.rates = rates
        self.auditPath = auditPath
        self.redactsPII = redactsPII
        self.policy = policy
    }
}
