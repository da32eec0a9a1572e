/// The filters of `POST /leads/list` (and the selections of move and delete): which bucket of the
/// index to page through, and what a lead in it must match.
struct LeadQuery {
    let bucket: String
    private let search: String?
    private let ids: Set<String>?
    private let excluded: Set<String>
    private let contacts: Set<String>?
    private let inCampaign: Bool?
    private let inList: Bool?
    private let filter: String?

    init(_ body: JSONObject) {
        let campaign = body["campaign"]?.stringValue, list = body["list_id"]?.stringValue
        bucket = campaign.map(LeadIndex.campaign) ?? list.map(LeadIndex.list) ?? LeadIndex.everyone
        search = body["search"]?.stringValue?.lowercased()
        ids = body["ids"]?.arrayValue.map { Set($0.compactMap(\.stringValue)) }
        excluded = Set(body["excluded_ids"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        contacts = body["contacts"]?.arrayValue.map { Set($0.compactMap { $0.stringValue?.lowercased() }) }
        inCampaign = body["in_campaign"]?.boolValue
        inList = body["in_list"]?.boolValue
        filter = body["filter"]?.stringValue
    }

    func matches(_ lead: JSONObject) -> Bool {
        if let ids, !ids.contains(lead.id) { return false }
        if excluded.contains(lead.id) { return false }
        let email = lead["email"]?.stringValue?.lowercased() ?? ""
        if let contacts, !contacts.contains(email) { return false }
        if let inCampaign, (lead["campaign"]?.stringValue != nil) != inCampaign { return false }
        if let inList, (lead["list_id"]?.stringValue != nil) != inList { return false }
        if let search, !search.isEmpty {
            let fields = [email, lead["first_name"]?.stringValue ?? "", lead["last_name"]?.stringValue ?? ""]
            let full = (fields[1] + " " + fields[2]).lowercased()
            guard fields.contains(where: { $0.lowercased().contains(search) }) || full.contains(search) else { return false }
        }
        return filter.map { Self.passes(lead, filter: $0) } ?? true
    }

    /// The `FILTER_VAL_*` / `FILTER_LEAD_*` values the simulator knows; others select every lead.
    private static func passes(_ lead: JSONObject, filter: String) -> Bool {
        let status = lead["status"]?.intValue, interest = lead["lt_interest_status"]?.intValue
        let contacted = lead["timestamp_last_contact"].map { !$0.isNull } ?? false
        switch filter {
        case "FILTER_VAL_ACTIVE": return status == LeadStatus.active
        case "FILTER_VAL_COMPLETED": return status == LeadStatus.completed
        case "FILTER_VAL_BOUNCED": return status == LeadStatus.bounced
        case "FILTER_VAL_UNSUBSCRIBED": return status == LeadStatus.unsubscribed
        case "FILTER_VAL_SKIPPED": return status == LeadStatus.skipped
        case "FILTER_VAL_CONTACTED": return contacted
        case "FILTER_VAL_NOT_CONTACTED": return !contacted
        case "FILTER_VAL_REPLIED": return (lead["email_reply_count"]?.intValue ?? 0) > 0
        case "FILTER_VAL_OPENED_NO_REPLY": return (lead["email_open_count"]?.intValue ?? 0) > 0 && (lead["email_reply_count"]?.intValue ?? 0) == 0
        case "FILTER_VAL_LINK_CLICKED": return (lead["email_click_count"]?.intValue ?? 0) > 0
        case "FILTER_LEAD_INTERESTED": return interest == 1
        case "FILTER_LEAD_NOT_INTERESTED": return interest == -1
        case "FILTER_LEAD_MEETING_BOOKED": return interest == 2
        default: return true
        }
    }
}
