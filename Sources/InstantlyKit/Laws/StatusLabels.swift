import APISchema
import InstLanguage

/// Law 12: Instantly reports states as integer codes (`status: 2`); results keep the raw field and
/// gain a name beside it (`status_label: "paused"`), so scripts compare with names.
///
/// The names are the spec's `x-enumDescriptions` for each field, lower-cased with `_` for spaces
/// (`Running Subsequences` → `running_subsequences`), shortened where the description is a
/// sentence. A code the table does not know is labelled `unknown`. Which table applies follows the
/// operation's resource (the path segment after `/api/v2/`); labels are added to the result itself,
/// to each element of a list, and to each element of a page's `items`, never deeper (a lead's
/// custom variables may well have a field called `status`).
public enum StatusLabels {
    /// The label of an unlisted code.
    public static let unknown = "unknown"

    /// Codes → names for one field.
    typealias Codes = [Int: String]

    static let campaign: Codes = [
        0: "draft", 1: "active", 2: "paused", 3: "completed", 4: "running_subsequences",
        -1: "accounts_unhealthy", -2: "bounce_protect", -99: "suspended",
    ]
    static let campaignNotSending: Codes = [
        1: "outside_schedule", 2: "waiting_for_lead", 3: "daily_limit_reached",
        4: "accounts_daily_limit_reached", 99: "error",
    ]
    static let lead: Codes = [
        1: "active", 2: "paused", 3: "completed", -1: "bounced", -2: "unsubscribed", -3: "skipped",
    ]
    static let leadInterest: Codes = [
        0: "out_of_office", 1: "interested", 2: "meeting_booked", 3: "meeting_completed", 4: "won",
        -1: "not_interested", -2: "wrong_person", -3: "lost", -4: "no_show",
    ]
    static let leadVerification: Codes = [
        1: "verified", 11: "pending", 12: "pending_verification_job", -1: "invalid", -2: "risky",
        -3: "catch_all", -4: "job_change",
    ]
    static let leadEnrichment: Codes = [1: "enriched", 11: "pending", -1: "not_available", -2: "error"]
    static let account: Codes = [
        1: "active", 2: "paused", 3: "maintenance", -1: "connection_error", -2: "soft_bounce_error",
        -3: "sending_error",
    ]
    static let accountWarmup: Codes = [
        0: "paused", 1: "active", -1: "banned", -2: "spam_folder_unknown", -3: "permanent_suspension",
    ]
    static let accountProvider: Codes = [1: "custom_imap_smtp", 2: "google", 3: "microsoft", 4: "aws", 8: "airmail"]
    static let emailType: Codes = [1: "sent_from_campaign", 2: "received", 3: "sent", 4: "scheduled"]
    static let webhook: Codes = [1: "active", -1: "error"]
    static let inboxPlacementTest: Codes = [1: "active", 2: "paused", 3: "completed"]

    /// The coded fields of each resource (the path segment after `/api/v2/`), in the order their
    /// labels are added.
    static let fieldsByResource: [String: [(field: String, codes: Codes)]] = [
        "campaigns": [("status", campaign), ("campaign_status", campaign), ("not_sending_status", campaignNotSending)],
        "subsequences": [("status", campaign)],
        "account-campaign-mappings": [("status", campaign)],
        "leads": [
            ("status", lead), ("lt_interest_status", leadInterest), ("verification_status", leadVerification),
            ("enrichment_status", leadEnrichment),
        ],
        "accounts": [("status", account), ("warmup_status", accountWarmup), ("provider_code", accountProvider)],
        "emails": [("ue_type", emailType)],
        "webhooks": [("status", webhook)],
        "inbox-placement-tests": [("status", inboxPlacementTest)],
    ]

    /// The resource an operation's results are: `campaigns` for `/api/v2/campaigns/{id}/activate`.
    static func resource(of operation: APIOperation) -> String {
        let segments = operation.path.rawValue.split(separator: "/")
        guard segments.count > 2, segments[0] == "api", segments[1] == "v2" else { return "" }
        return String(segments[2])
    }

    /// The coded fields whose labels appear in the operation's results, for `help`.
    public static func labelledFields(for operation: APIOperation) -> [String] {
        (fieldsByResource[resource(of: operation)] ?? []).map(\.field)
    }

    /// `value` with a `<field>_label` beside each coded field the operation's resource has: on the
    /// value itself, on each element of a list, and on each element of a map's `items`.
    public static func labelled(_ value: Value, for operation: APIOperation) -> Value {
        guard let fields = fieldsByResource[resource(of: operation)] else { return value }
        return labelled(value, fields: fields)
    }

    static func labelled(_ value: Value, fields: [(field: String, codes: Codes)]) -> Value {
        switch value {
        case .list(let elements):
            return .list(elements.map { labelledObject($0, fields: fields) })
        case .map(var map):
            if case .list(let items)? = map["items"] {
                map["items"] = .list(items.map { labelledObject($0, fields: fields) })
                return .map(map)
            }
            return labelledObject(value, fields: fields)
        default:
            return value
        }
    }

    /// One object with its labels, each inserted right after its raw field (replacing an older
    /// label of the same name). Anything but a map comes back unchanged.
    static func labelledObject(_ value: Value, fields: [(field: String, codes: Codes)]) -> Value {
        guard case .map(let map) = value else { return value }
        let coded = fields.filter { map[$0.field].flatMap(code(of:)) != nil }
        guard !coded.isEmpty else { return value }
        var pairs: [(String, Value)] = []
        pairs.reserveCapacity(map.count + coded.count)
        let labelNames = Set(coded.map { $0.field + "_label" })
        for (key, raw) in map.entries where !labelNames.contains(key) {
            pairs.append((key, raw))
            guard let codes = coded.first(where: { $0.field == key })?.codes, let code = code(of: raw) else { continue }
            pairs.append((key + "_label", .string(codes[code] ?? unknown)))
        }
        return .map(ValueMap(pairs))
    }

    /// An integral number as a code; nil for anything else (a string status is already a name).
    static func code(of value: Value) -> Int? {
        switch value {
        case .int(let number): return number
        case .float(let number):
            guard number.rounded() == number, abs(number) < 1e9 else { return nil }
            return Int(number)
        default: return nil
        }
    }
}
