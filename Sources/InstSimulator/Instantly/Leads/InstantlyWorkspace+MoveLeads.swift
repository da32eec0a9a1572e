extension InstantlyWorkspace {
    /// `POST /leads/move`: moves (or with `copy_leads` copies) the selected leads to `to_campaign_id`
    /// and/or `to_list_id` at once, and answers the finished background job.
    mutating func moveLeads(_ body: JSONObject) throws(SimError) -> JSONObject {
        let toCampaign = body["to_campaign_id"]?.stringValue, toList = body["to_list_id"]?.stringValue
        guard toCampaign != nil || toList != nil else { throw .badRequest("to_campaign_id or to_list_id is required") }
        _ = try loadTarget(campaign: toCampaign, list: toList)
        let query = LeadQuery(body)
        var ids = leadIndex.page(query.bucket, after: nil, limit: Int.max) { id in leads[id].map(query.matches) ?? false }.ids
        if let limit = body["limit"]?.intValue { ids = Array(ids.prefix(max(0, limit))) }
        let hadLeads = toCampaign.map { leadCount(inCampaign: $0) > 0 } ?? true
        for id in ids {
            if body["copy_leads"]?.boolValue == true, let lead = leads[id] {
                var copy = lead
                copy["id"] = .string(newID())
                copy["campaign"] = toCampaign.map(JSON.string) ?? lead["campaign"] ?? .null
                copy["list_id"] = toList.map(JSON.string) ?? lead["list_id"] ?? .null
                insertLead(copy)
            } else {
                moveLead(id: id, toCampaign: toCampaign, list: toList)
            }
        }
        if let toCampaign, !ids.isEmpty { autoFlipAfterLeadsAdded(to: toCampaign, hadLeads: hadLeads) }
        let stamp = JSON.string(now.iso8601)
        let job: JSONObject = [
            "id": .string(newID()), "workspace_id": .string(Self.organizationID), "user_id": .string(Self.ownerID),
            "type": "move-leads", "entity_id": toCampaign.map(JSON.string) ?? toList.map(JSON.string) ?? .null,
            "entity_type": toCampaign != nil ? "campaign" : "list", "data": ["moved": .int(ids.count)],
            "progress": 100, "status": "success", "created_at": stamp, "updated_at": stamp,
        ]
        backgroundJobs[job.id] = job
        return job
    }
}
