extension InstantlyWorkspace {
    /// Sets a campaign's `status` (a ``CampaignStatus`` code) and `timestamp_updated`.
    public mutating func setCampaignStatus(_ id: String, _ status: Int) {
        guard var campaign = campaigns[id] else { return }
        campaign["status"] = .int(status)
        campaign["timestamp_updated"] = .string(now.iso8601)
        campaigns[id] = campaign
    }

    /// The first campaign with exactly this name.
    public func campaign(named name: String) -> JSONObject? {
        for id in campaigns.ids {
            if let campaign = campaigns[id], campaign["name"]?.stringValue == name { return campaign }
        }
        return nil
    }
}
