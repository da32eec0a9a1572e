import InstTransport

/// The state of one simulated Instantly workspace: its records, its clock and its random source.
///
/// Records are kept as the JSON objects the API answers with, one ``RecordCollection`` per
/// resource, so what a create stores is what a get returns.
public struct InstantlyWorkspace: Sendable {
    public var now: SimTime
    public var random: SplitMix64
    public var campaigns = RecordCollection()
    public var leads = RecordCollection()
    public var leadLists = RecordCollection()
    public var accounts = RecordCollection()
    public var verifications = RecordCollection()
    public var emails = RecordCollection()
    public var blockListEntries = RecordCollection()
    public var webhooks = RecordCollection()
    public var webhookEvents = RecordCollection()
    public var customTags = RecordCollection()
    public var customTagMappings = RecordCollection()
    public var apiKeys = RecordCollection()
    public var backgroundJobs = RecordCollection()
    /// Leads per campaign and list in order, for paging (maintained by ``insertLead(_:)``).
    var leadIndex = LeadIndex()
    /// Lead ids by lowercased email, for the `skip_if_in_*` rules.
    var leadEmails: [String: [String]] = [:]

    /// The workspace's organization id, in every record's `organization`.
    public static let organizationID = "019a0000-0000-4000-8000-00000000a001"
    /// The owner's user id, in `owned_by`.
    public static let ownerID = "019a0000-0000-4000-8000-00000000b001"

    public init(now: SimTime, seed: UInt64) {
        self.now = now
        self.random = SplitMix64(seed: seed)
    }

    /// The demo workspace of DESIGN.md: three accounts, three campaigns, a unibox with replies.
    public static func demo(now: SimTime, seed: UInt64) -> InstantlyWorkspace {
        var workspace = InstantlyWorkspace(now: now, seed: seed)
        workspace.seedAccounts()
        workspace.seedCampaigns()
        workspace.seedActivity()
        return workspace
    }

    /// A new id in UUID form, reproducible from the seed.
    public mutating func newID() -> String {
        random.uuid()
    }
}
