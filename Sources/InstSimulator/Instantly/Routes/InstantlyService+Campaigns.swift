extension InstantlyService {
    /// Campaigns: CRUD, the status machine (activate, pause) and the lookups around them.
    static let campaignRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/campaigns", scopes: []) { workspace, request throws(SimError) in
            let campaign = workspace.newCampaign(request.bodyObject)
            workspace.campaigns[campaign.id] = campaign
            return .ok(.object(campaign))
        },
        Route(.get, "/api/v2/campaigns", scopes: []) { workspace, request throws(SimError) in
            let search = request.queryValue("search")?.lowercased()
            let status = request.queryValues["status"]?.intValue
            let matching = workspace.campaigns.all.filter { campaign in
                (search.map { (campaign["name"]?.stringValue?.lowercased() ?? "").contains($0) } ?? true)
                    && (status.map { campaign["status"]?.intValue == $0 } ?? true)
            }
            return Listing.page(matching, request, defaultLimit: 10)
        },
        Route(.get, "/api/v2/campaigns/count-launched", scopes: []) { workspace, _ throws(SimError) in
            .ok(["count": .int(workspace.campaigns.all.count { $0["status"]?.intValue != CampaignStatus.draft })])
        },
        Route(.get, "/api/v2/campaigns/search-by-contact", scopes: []) { workspace, request throws(SimError) in
            let email = request.queryValue("search") ?? ""
            let ids = Set(workspace.leadIDs(withEmail: email).compactMap { workspace.leads[$0]?["campaign"]?.stringValue })
            return .ok(["items": .array(workspace.campaigns.all.filter { ids.contains($0.id) }.map(JSON.object))])
        },
        Route(.get, "/api/v2/campaigns/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.existingCampaign(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/campaigns/{id}", scopes: []) { workspace, request throws(SimError) in
            var campaign = try workspace.existingCampaign(request.parameter("id"))
            campaign.merge(request.bodyObject)   // whole fields replace: a new email_list replaces the senders
            campaign["timestamp_updated"] = .string(workspace.now.iso8601)
            workspace.campaigns[campaign.id] = campaign
            return .ok(.object(campaign))
        },
        Route(.delete, "/api/v2/campaigns/{id}", scopes: []) { workspace, request throws(SimError) in
            let campaign = try workspace.existingCampaign(request.parameter("id"))
            for leadID in workspace.leadIDs(inCampaign: campaign.id) { workspace.removeLead(id: leadID) }
            workspace.campaigns[campaign.id] = nil
            return .ok(.object(campaign))
        },
        Route(.post, "/api/v2/campaigns/{id}/activate", scopes: []) { workspace, request throws(SimError) in
            let campaign = try workspace.existingCampaign(request.parameter("id"))
            if campaign["status"]?.intValue == CampaignStatus.suspended {
                throw .badRequest("The workspace is suspended: campaigns cannot be activated")
            }
            let problems = workspace.activationProblems(campaign)
            guard problems.isEmpty else { throw .badRequest("Campaign cannot be activated: " + problems.joined(separator: "; ")) }
            workspace.setCampaignStatus(campaign.id, CampaignStatus.active)
            return .ok(.object(workspace.campaigns[campaign.id] ?? campaign))
        },
        Route(.post, "/api/v2/campaigns/{id}/pause", scopes: []) { workspace, request throws(SimError) in
            let campaign = try workspace.existingCampaign(request.parameter("id"))
            workspace.setCampaignStatus(campaign.id, CampaignStatus.paused)
            return .ok(.object(workspace.campaigns[campaign.id] ?? campaign))
        },
        Route(.post, "/api/v2/campaigns/{id}/duplicate", scopes: []) { workspace, request throws(SimError) in
            var copy = try workspace.existingCampaign(request.parameter("id"))
            copy["id"] = .string(workspace.newID())
            copy["name"] = request.bodyObject["name"] ?? .string((copy["name"]?.stringValue ?? "") + " (copy)")
            copy["status"] = .int(CampaignStatus.draft)
            copy["timestamp_created"] = .string(workspace.now.iso8601)
            copy["timestamp_updated"] = .string(workspace.now.iso8601)
            workspace.campaigns[copy.id] = copy
            return .ok(.object(copy))
        },
        Route(.get, "/api/v2/campaigns/{id}/sending-status", scopes: []) { workspace, request throws(SimError) in
            .ok(workspace.sendingStatus(of: try workspace.existingCampaign(request.parameter("id"))))
        },
    ]
}

extension InstantlyWorkspace {
    /// The campaign with this id, or the service's 404.
    func existingCampaign(_ id: String) throws(SimError) -> JSONObject {
        guard let campaign = campaigns[id] else { throw .notFound("Campaign not found") }
        return campaign
    }
}

extension JSONObject {
    /// The record's `id` (empty when it has none).
    public var id: String { self["id"]?.stringValue ?? "" }
}
