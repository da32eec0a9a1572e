extension InstantlyWorkspace {
    /// Stores a new lead (a record with `id`, `campaign`, `list_id`, `email`) and indexes it.
    public mutating func insertLead(_ record: JSONObject) {
        guard let id = record["id"]?.stringValue else { return }
        leads[id] = record
        for key in LeadIndex.keys(campaign: record["campaign"]?.stringValue, list: record["list_id"]?.stringValue) {
            leadIndex.add(id, to: key)
        }
        if let email = record["email"]?.stringValue { leadEmails[email.lowercased(), default: []].append(id) }
    }

    /// Deletes a lead and its index entries.
    public mutating func removeLead(id: String) {
        guard let record = leads[id] else { return }
        for key in LeadIndex.keys(campaign: record["campaign"]?.stringValue, list: record["list_id"]?.stringValue) {
            leadIndex.remove(id, from: key)
        }
        if let email = record["email"]?.stringValue?.lowercased() {
            leadEmails[email]?.removeAll { $0 == id }
            if leadEmails[email]?.isEmpty == true { leadEmails[email] = nil }
        }
        leads[id] = nil
    }

    /// Moves a lead to another campaign and/or list (`nil` leaves that side as it is).
    public mutating func moveLead(id: String, toCampaign campaign: String?, list: String?) {
        guard var record = leads[id] else { return }
        if let campaign, record["campaign"]?.stringValue != campaign {
            if let old = record["campaign"]?.stringValue { leadIndex.remove(id, from: LeadIndex.campaign(old)) }
            leadIndex.add(id, to: LeadIndex.campaign(campaign))
            record["campaign"] = .string(campaign)
        }
        if let list, record["list_id"]?.stringValue != list {
            if let old = record["list_id"]?.stringValue { leadIndex.remove(id, from: LeadIndex.list(old)) }
            leadIndex.add(id, to: LeadIndex.list(list))
            record["list_id"] = .string(list)
        }
        record["timestamp_updated"] = .string(now.iso8601)
        leads[id] = record
    }

    /// A campaign's leads in the order they were added.
    public func leadIDs(inCampaign id: String) -> [String] {
        leadIndex.ids(LeadIndex.campaign(id))
    }

    public func leadCount(inCampaign id: String) -> Int {
        leadIndex.count(LeadIndex.campaign(id))
    }

    /// Ids of the leads with this email (any case), anywhere in the workspace.
    public func leadIDs(withEmail email: String) -> [String] {
        leadEmails[email.lowercased()] ?? []
    }
}
