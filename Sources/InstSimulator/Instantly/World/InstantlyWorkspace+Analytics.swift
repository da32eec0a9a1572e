extension InstantlyWorkspace {
    /// The campaigns an analytics call covers: the given ids (all when none), optionally of one status.
    func analyticsCampaigns(ids: [String], status: Int?) -> [JSONObject] {
        let chosen = ids.isEmpty ? campaigns.all : ids.compactMap { campaigns[$0] }
        guard let status else { return chosen }
        return chosen.filter { $0["status"]?.intValue == status }
    }

    /// Lead statuses and interest of a campaign's leads, as the analytics count them.
    private func leadTallies(_ campaignID: String) -> (unsubscribed: Int, completed: Int, interest: [Int: Int]) {
        var unsubscribed = 0, completed = 0
        var interest: [Int: Int] = [:]
        for leadID in leadIDs(inCampaign: campaignID) {
            guard let lead = leads[leadID] else { continue }
            switch lead["status"]?.intValue {
            case LeadStatus.unsubscribed: unsubscribed += 1
            case LeadStatus.completed: completed += 1
            default: break
            }
            if let value = lead["lt_interest_status"]?.intValue { interest[value, default: 0] += 1 }
        }
        return (unsubscribed, completed, interest)
    }

    /// One entry of `GET /campaigns/analytics`.
    func campaignAnalytics(_ campaign: JSONObject, _ counts: AnalyticsCounts, includeLeadsCount: Bool) -> JSONObject {
        let id = campaign["id"]?.stringValue ?? ""
        let tallies = leadTallies(id)
        let opportunities = (1...4).reduce(0) { $0 + tallies.interest[$1, default: 0] }
        var entry = JSONObject()
        entry["campaign_name"] = campaign["name"] ?? ""
        entry["campaign_id"] = .string(id)
        entry["campaign_status"] = campaign["status"] ?? 0
        entry["campaign_is_evergreen"] = .bool(campaign["is_evergreen"]?.boolValue ?? false)
        if includeLeadsCount { entry["leads_count"] = .int(leadCount(inCampaign: id)) }
        entry["contacted_count"] = .int(counts.contacted.count)
        entry["emails_sent_count"] = .int(counts.sent)
        entry["new_leads_contacted_count"] = .int(counts.newLeadsContacted.count)
        entry.merge(counts.engagementFields)
        entry["unsubscribed_count"] = .int(tallies.unsubscribed)
        entry["completed_count"] = .int(tallies.completed)
        entry["total_opportunities"] = .int(opportunities)
        entry["total_opportunity_value"] = .double(Double(opportunities) * (campaign["pl_value"]?.doubleValue ?? 0))
        return entry
    }

    /// `GET /campaigns/analytics/overview` over the chosen campaigns.
    func analyticsOverview(campaignIDs: Set<String>, _ counts: AnalyticsCounts) -> JSONObject {
        var unsubscribed = 0, completed = 0, value = 0.0
        var interest: [Int: Int] = [:]
        for id in campaignIDs {
            let tallies = leadTallies(id)
            unsubscribed += tallies.unsubscribed
            completed += tallies.completed
            interest.merge(tallies.interest, uniquingKeysWith: +)
            let opportunities = (1...4).reduce(0) { $0 + tallies.interest[$1, default: 0] }
            value += Double(opportunities) * (campaigns[id]?["pl_value"]?.doubleValue ?? 0)
        }
        var overview = counts.engagementFields
        overview["open_count"] = .int(counts.opens)
        overview["unsubscribed_count"] = .int(unsubscribed)
        overview["completed_count"] = .int(completed)
        overview["emails_sent_count"] = .int(counts.sent)
        overview["contacted_count"] = .int(counts.contacted.count)
        overview["new_leads_contacted_count"] = .int(counts.newLeadsContacted.count)
        overview["total_opportunities"] = .int((1...4).reduce(0) { $0 + interest[$1, default: 0] })
        overview["total_opportunity_value"] = .double(value)
        overview["total_interested"] = .int(interest[1, default: 0])
        overview["total_meeting_booked"] = .int(interest[2, default: 0])
        overview["total_meeting_completed"] = .int(interest[3, default: 0])
        overview["total_closed"] = .int(interest[4, default: 0])
        return overview
    }

    /// `GET /accounts/analytics/daily`: campaign mail per sending account per day.
    func accountDailyAnalytics(_ request: SimRequest) -> [JSONObject] {
        let wanted = Set(Listing.values(request, "emails").map { $0.lowercased() })
        let range = AnalyticsRange(request)
        var byKey: [String: (date: String, account: String, counts: AnalyticsCounts)] = [:]
        for fact in analyticsFacts(campaigns: nil, in: range) where wanted.isEmpty || wanted.contains(fact.account.lowercased()) {
            let date = fact.time.date
            byKey[date + "|" + fact.account, default: (date, fact.account, AnalyticsCounts())].counts.add(fact)
        }
        return byKey.values.sorted { ($0.date, $0.account) < ($1.date, $1.account) }.map { entry in
            var day: JSONObject = ["date": .string(entry.date), "email_account": .string(entry.account)]
            day.merge(entry.counts.activityFields)
            day["bounced"] = .int(entry.counts.bouncedLeads.count)
            day["contacted"] = .int(entry.counts.contacted.count)
            day["new_leads_contacted"] = .int(entry.counts.newLeadsContacted.count)
            return day
        }
    }
}
