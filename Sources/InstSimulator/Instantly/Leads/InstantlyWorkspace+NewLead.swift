extension InstantlyWorkspace {
    /// The lead fields a create or bulk-add body may set, in the Lead schema's order.
    static let leadInputFields = ["email", "first_name", "last_name", "company_name", "personalization", "website",
                                  "job_title", "phone", "lt_interest_status", "pl_value_lead", "assigned_to"]

    /// A new lead record (not stored) from one validated input object; `custom_variables` become
    /// `payload`.
    mutating func newLead(_ input: JSONObject, campaign: String?, list: String?) -> JSONObject {
        let stamp = JSON.string(now.iso8601)
        let email = input["email"]?.stringValue
        var lead: JSONObject = [
            "id": .string(newID()), "timestamp_created": stamp, "timestamp_updated": stamp,
            "organization": .string(Self.organizationID), "campaign": campaign.map(JSON.string) ?? .null,
            "list_id": list.map(JSON.string) ?? .null, "status": .int(LeadStatus.active),
        ]
        for field in Self.leadInputFields { lead[field] = input[field] ?? (field == "lt_interest_status" || field == "assigned_to" ? nil : .null) }
        lead["company_domain"] = .string(email.flatMap { $0.split(separator: "@").last.map(String.init) } ?? "")
        lead["payload"] = input["custom_variables"] ?? .null
        lead["email_open_count"] = 0
        lead["email_reply_count"] = 0
        lead["email_click_count"] = 0
        lead["status_summary"] = .object(JSONObject())
        lead["upload_method"] = "api"
        lead["uploaded_by_user"] = .string(Self.ownerID)
        return lead
    }

    /// Whether `email` (or its domain) is on the workspace's block list (`bl_value`).
    func isBlocked(_ email: String) -> Bool {
        let address = email.lowercased()
        let domain = address.split(separator: "@").last.map(String.init) ?? ""
        return blockListEntries.all.contains { entry in
            let value = entry["bl_value"]?.stringValue?.lowercased() ?? ""
            return value == address || value == domain
        }
    }

    /// Whether a lead with `email` is in the campaign or list, or (with `nil`s) anywhere; `anyCampaign` /
    /// `anyList` ask for any campaign or any list.
    func hasLead(email: String, campaign: String? = nil, list: String? = nil, anyCampaign: Bool = false, anyList: Bool = false) -> Bool {
        leadIDs(withEmail: email).contains { id in
            guard let lead = leads[id] else { return false }
            let inCampaign = lead["campaign"]?.stringValue, inList = lead["list_id"]?.stringValue
            if anyCampaign { return inCampaign != nil }
            if anyList { return inList != nil }
            if let campaign { return inCampaign == campaign }
            if let list { return inList == list }
            return true
        }
    }
}
