extension InstantlyService {
    /// Campaign analytics — per campaign, overview, daily and per step — computed from the
    /// workspace's leads, sent emails and unibox (law 10: `leads_count` is the true count).
    static let analyticsRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/campaigns/analytics", scopes: []) { workspace, request throws(SimError) in
            let campaigns = workspace.analyticsCampaigns(ids: Listing.values(request, "id") + Listing.values(request, "ids"), status: nil)
            let facts = workspace.analyticsFacts(campaigns: Set(campaigns.compactMap { $0["id"]?.stringValue }), in: AnalyticsRange(request))
            let byCampaign = Dictionary(grouping: facts, by: \.campaignID)
            let withLeads = Listing.flag(request, "exclude_total_leads_count") != true
            return .ok(.array(campaigns.map { campaign in
                let id = campaign["id"]?.stringValue ?? ""
                return .object(workspace.campaignAnalytics(campaign, AnalyticsCounts(byCampaign[id] ?? []), includeLeadsCount: withLeads))
            }))
        },
        Route(.get, "/api/v2/campaigns/analytics/overview", scopes: []) { workspace, request throws(SimError) in
            let status = request.queryValue("campaign_status").flatMap { Int($0) }
            let campaigns = workspace.analyticsCampaigns(ids: Listing.values(request, "id") + Listing.values(request, "ids"), status: status)
            let ids = Set(campaigns.compactMap { $0["id"]?.stringValue })
            let counts = AnalyticsCounts(workspace.analyticsFacts(campaigns: ids, in: AnalyticsRange(request)))
            return .ok(.object(workspace.analyticsOverview(campaignIDs: ids, counts)))
        },
        Route(.get, "/api/v2/campaigns/analytics/daily", scopes: []) { workspace, request throws(SimError) in
            let status = request.queryValue("campaign_status").flatMap { Int($0) }
            let campaigns = workspace.analyticsCampaigns(ids: Listing.values(request, "campaign_id"), status: status)
            let facts = workspace.analyticsFacts(campaigns: Set(campaigns.compactMap { $0["id"]?.stringValue }), in: AnalyticsRange(request))
            let byDate = Dictionary(grouping: facts) { $0.time.date }
            return .ok(.array(byDate.keys.sorted().map { date in
                let dayFacts = byDate[date] ?? []
                let counts = AnalyticsCounts(dayFacts)
                var day: JSONObject = ["date": .string(date)]
                day.merge(counts.activityFields)
                day["contacted"] = .int(counts.contacted.count)
                day["new_leads_contacted"] = .int(counts.newLeadsContacted.count)
                day["opportunities"] = .int(dayFacts.filter { $0.kind == .replied && $0.interest == 1 }.count)
                day["unique_opportunities"] = .int(counts.interestedLeads.count)
                return .object(day)
            }))
        },
        Route(.get, "/api/v2/campaigns/analytics/steps", scopes: []) { workspace, request throws(SimError) in
            let campaigns = workspace.analyticsCampaigns(ids: Listing.values(request, "campaign_id"), status: nil)
            let facts = workspace.analyticsFacts(campaigns: Set(campaigns.compactMap { $0["id"]?.stringValue }), in: AnalyticsRange(request))
            let byStep = Dictionary(grouping: facts) { $0.step ?? "" }
            let withOpportunities = Listing.flag(request, "include_opportunities_count") == true
            return .ok(.array(byStep.keys.sorted { (Int($0) ?? -1) < (Int($1) ?? -1) }.map { step in
                let counts = AnalyticsCounts(byStep[step] ?? [])
                var entry: JSONObject = ["step": step.isEmpty ? .null : .string(step), "variant": step.isEmpty ? .null : "0"]
                entry.merge(counts.activityFields)
                if withOpportunities {
                    entry["opportunities"] = .int(counts.interestedLeads.count)
                    entry["unique_opportunities"] = .int(counts.interestedLeads.count)
                }
                return .object(entry)
            }))
        },
    ]
}
