/// What happens to one campaign email after it leaves: a pure function of the email's id (itself drawn
/// from the workspace's seeded random) and the recipient's domain, so analytics can recompute it at any
/// time and the sending engine materialises it exactly once, when the clock passes.
struct SendOutcome: Equatable, Sendable {
    enum ReplyKind: Equatable, Sendable {
        case interested, neutral, notInterested

        /// The lead's `lt_interest_status` after this reply (`nil` leaves it unset).
        var interestStatus: Int? {
            switch self {
            case .interested: 1
            case .neutral: nil
            case .notInterested: -1
            }
        }
    }

    /// The email never reached an inbox; the lead is marked bounced when it is sent.
    var bounced: Bool
    var openedAt: SimTime?
    var repliedAt: SimTime?
    var replyKind: ReplyKind?

    static let openRate = 0.55
    static let replyRate = 0.12
    static let randomBounceRate = 0.01

    /// The outcome of the email `emailID` sent at `sentAt` to `recipient`.
    init(emailID: String, recipient: String, sentAt: SimTime) {
        let domain = recipient.split(separator: "@").last.map { $0.lowercased() } ?? ""
        if domain == "bounce.test" || domain == "invalid.test" {
            self.init(bounced: true)
            return
        }
        if domain != "catchall.test", domain != "slow.test", StableHash.unit(emailID, salt: 1) < Self.randomBounceRate {
            self.init(bounced: true)
            return
        }
        let replies = StableHash.unit(emailID, salt: 2) < Self.replyRate
        let opens = replies || StableHash.unit(emailID, salt: 3) < Self.openRate
        let minute: Int64 = 60_000
        let openDelay = 5 * minute + Int64(StableHash.unit(emailID, salt: 4) * Double(18 * 60 * minute))
        let openedAt = opens ? sentAt.adding(milliseconds: openDelay) : nil
        var repliedAt: SimTime?
        var kind: ReplyKind?
        if replies, let openedAt {
            repliedAt = openedAt.adding(milliseconds: 20 * minute + Int64(StableHash.unit(emailID, salt: 5) * Double(24 * 60 * minute)))
            let draw = StableHash.unit(emailID, salt: 6)
            kind = draw < 0.5 ? .interested : draw < 0.75 ? .neutral : .notInterested
        }
        self.init(bounced: false, openedAt: openedAt, repliedAt: repliedAt, replyKind: kind)
    }

    private init(bounced: Bool, openedAt: SimTime? = nil, repliedAt: SimTime? = nil, replyKind: ReplyKind? = nil) {
        self.bounced = bounced
        self.openedAt = openedAt
        self.repliedAt = repliedAt
        self.replyKind = replyKind
    }

    /// The outcome of a stored campaign email (`ue_type` 1), or `nil` for any other email.
    init?(email: JSONObject) {
        guard email["ue_type"]?.intValue == 1, let id = email["id"]?.stringValue,
            let sentAt = email["timestamp_email"]?.stringValue.flatMap(SimTime.init(iso8601:))
        else { return nil }
        self.init(emailID: id, recipient: email["to_address_email_list"]?.stringValue ?? "", sentAt: sentAt)
    }
}
