/// The caps a run is held to beyond the language's limits, from the configuration profile and
/// flags (flags win). A call that would cross one is refused before it is sent (exit code 3).
public struct RunPolicy: Sendable, Equatable {
    /// API requests per run (pages and polls count), sent or planned.
    public var maxCalls: Int?
    /// Writes per run, sent or planned.
    public var maxWrites: Int?
    /// Leads loaded per rolling 24 hours, counted from the audit log.
    public var maxLeadsPerDay: Int?
    /// Emails sent per rolling 24 hours, counted from the audit log.
    public var maxEmailsPerDay: Int?
    /// When not empty, the only campaigns (ids) writes may touch.
    public var allowedCampaigns: [String]
    /// Campaigns (ids) writes may never touch.
    public var deniedCampaigns: [String]

    public init(
        maxCalls: Int? = nil, maxWrites: Int? = nil, maxLeadsPerDay: Int? = nil, maxEmailsPerDay: Int? = nil,
        allowedCampaigns: [String] = [], deniedCampaigns: [String] = []
    ) {
        self.maxCalls = maxCalls
        self.maxWrites = maxWrites
        self.maxLeadsPerDay = maxLeadsPerDay
        self.maxEmailsPerDay = maxEmailsPerDay
        self.allowedCampaigns = allowedCampaigns
        self.deniedCampaigns = deniedCampaigns
    }

    /// `self` with every cap `other` sets replacing this one's (flags over the profile).
    public func overridden(by other: RunPolicy) -> RunPolicy {
        RunPolicy(
            maxCalls: other.maxCalls ?? maxCalls,
            maxWrites: other.maxWrites ?? maxWrites,
            maxLeadsPerDay: other.maxLeadsPerDay ?? maxLeadsPerDay,
            maxEmailsPerDay: other.maxEmailsPerDay ?? maxEmailsPerDay,
            allowedCampaigns: other.allowedCampaigns.isEmpty ? allowedCampaigns : other.allowedCampaigns,
            deniedCampaigns: deniedCampaigns + other.deniedCampaigns
        )
    }
}
