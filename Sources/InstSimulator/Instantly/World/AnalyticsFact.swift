/// One countable thing that happened in a campaign, read back from the records: a campaign email sent
/// (and whether it bounced), an open (recomputed from the email's ``SendOutcome``, counted once the
/// clock has passed it), or a reply in the unibox. Every analytics answer aggregates these, so the
/// numbers always agree with the leads and the unibox.
struct AnalyticsFact: Sendable {
    enum Kind: Sendable { case sent, bounced, opened, replied }

    var kind: Kind
    var campaignID: String
    var leadID: String
    var step: String?
    /// The sending account (`eaccount`) of the email.
    var account: String
    var time: SimTime
    /// A reply's interest (`i_status`): 1 interested, -1 not interested.
    var interest: Int?
}

/// An inclusive `start_date`…`end_date` window (either end open).
struct AnalyticsRange: Sendable {
    var start: SimTime?
    var end: SimTime?

    init(_ request: SimRequest) {
        start = request.queryValue("start_date").flatMap(SimTime.init(date:))
        end = request.queryValue("end_date").flatMap(SimTime.init(date:)).map { $0.adding(milliseconds: SimTime.dayMilliseconds) }
    }

    func contains(_ time: SimTime) -> Bool {
        if let start, time < start { return false }
        if let end, time >= end { return false }
        return true
    }
}

extension InstantlyWorkspace {
    /// The facts of the given campaigns (every campaign when `nil`) within `range`, as of now.
    func analyticsFacts(campaigns wanted: Set<String>?, in range: AnalyticsRange) -> [AnalyticsFact] {
        var facts: [AnalyticsFact] = []
        for email in emails.all {
            guard let campaignID = email["campaign_id"]?.stringValue, wanted?.contains(campaignID) ?? true,
                let leadID = email["lead_id"]?.stringValue,
                let time = email["timestamp_email"]?.stringValue.flatMap(SimTime.init(iso8601:))
            else { continue }
            let step = email["step"]?.stringValue
            let account = email["eaccount"]?.stringValue ?? ""
            func add(_ kind: AnalyticsFact.Kind, at time: SimTime, interest: Int? = nil) {
                if range.contains(time) {
                    facts.append(AnalyticsFact(kind: kind, campaignID: campaignID, leadID: leadID, step: step, account: account, time: time, interest: interest))
                }
            }
            switch email["ue_type"]?.intValue {
            case InstantlyEmail.campaignType:
                add(.sent, at: time)
                guard let outcome = SendOutcome(email: email) else { continue }
                if outcome.bounced { add(.bounced, at: time) }
                if let openedAt = outcome.openedAt, openedAt <= now { add(.opened, at: openedAt) }
            case InstantlyEmail.receivedType:
                add(.replied, at: time, interest: email["i_status"]?.intValue)
            default:
                continue
            }
        }
        return facts
    }
}
