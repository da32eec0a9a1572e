/// The working state of one `advance(to:)`: rebuilt from the workspace's records at the start (so
/// nothing outside the records is remembered between advances), then kept up to date as it goes.
struct SendingRun: Sendable {
    /// Where a lead is in its campaign's sequence, from the campaign emails already sent to it.
    struct LeadProgress: Sendable {
        var stepsSent = 0
        var lastSent = SimTime(milliseconds: 0)
        var threadID: String?
        var firstSubject: String?
    }

    /// An active campaign's queue of leads and its counters.
    struct CampaignRun: Sendable {
        let id: String
        let schedule: SendingSchedule
        let steps: [JSONObject]
        var nextSlot: SimTime?
        var newLeads: [String] = []
        var newCursor = 0
        var followUps = EventQueue<String>()
        /// Leads still active (status 1); the campaign completes when none are left.
        var remaining = 0
        var rotation = 0
        var sentByDay: [Int64: Int] = [:]
        var newByDay: [Int64: Int] = [:]
    }

    /// Opens and replies of emails already sent, waiting for the clock.
    enum Outcome: Sendable {
        case open(emailID: String)
        case reply(emailID: String)
    }

    let end: SimTime
    var campaigns: [CampaignRun] = []
    var campaignIndex: [String: Int] = [:]
    var progress: [String: LeadProgress] = [:]
    var outcomes = EventQueue<Outcome>()
    /// Emails sent per account per UTC day.
    var accountSentByDay: [String: [Int64: Int]] = [:]
    /// Campaign emails sent and bounced, for bounce protect.
    var sentCount: [String: Int] = [:]
    var bouncedCount: [String: Int] = [:]
    /// Block-listed emails and domains, lowercased.
    var blocked: Set<String> = []

    init(end: SimTime) {
        self.end = end
    }

    /// Queues the outcome of an email sent at or before now, if it falls due before the run ends.
    mutating func schedule(_ outcome: SendOutcome, of emailID: String, after now: SimTime) {
        if let openedAt = outcome.openedAt, openedAt > now, openedAt <= end { outcomes.push(.open(emailID: emailID), at: openedAt) }
        if let repliedAt = outcome.repliedAt, repliedAt > now, repliedAt <= end { outcomes.push(.reply(emailID: emailID), at: repliedAt) }
    }

    func isBlocked(_ email: String) -> Bool {
        let lowered = email.lowercased()
        guard !blocked.isEmpty else { return false }
        return blocked.contains(lowered) || lowered.split(separator: "@").last.map { blocked.contains(String($0)) } == true
    }

    /// The campaign whose next slot comes first at or before `time`.
    func nextCampaignSlot(dueBy time: SimTime) -> (index: Int, time: SimTime)? {
        var best: (index: Int, time: SimTime)?
        for (index, campaign) in campaigns.enumerated() {
            guard let slot = campaign.nextSlot, slot <= time else { continue }
            if let current = best, current.time <= slot { continue }
            best = (index, slot)
        }
        return best
    }
}
