extension InstantlyService {
    /// Leads: create one, bulk add, list (POST, law 9), get/patch/delete (law 8), move, delete many.
    static let leadRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/leads", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            let (campaign, list) = try workspace.loadTarget(campaign: body["campaign"]?.stringValue, list: body["list_id"]?.stringValue)
            let hadLeads = campaign.map { workspace.leadCount(inCampaign: $0) > 0 } ?? true
            var load = LeadLoad(campaign: campaign, list: list, flags: body, bulk: false)
            switch load.add(body, index: 0, to: &workspace) {
            case nil: break
            case .invalidEmail: throw .badRequest("Invalid email address: \(body["email"]?.stringValue ?? "(missing)")")
            case .blocked:
                var lead = workspace.newLead(body, campaign: campaign, list: list)
                lead["status"] = .int(LeadStatus.skipped)
                return .ok(.object(lead))   // not stored: the block list skips it
            case .duplicateInRequest, .skipIf, .alreadyThere:
                let email = body["email"]?.stringValue ?? ""
                let existing = workspace.leadIDs(withEmail: email).compactMap { workspace.leads[$0] }
                let same = existing.first { $0["campaign"]?.stringValue == campaign && $0["list_id"]?.stringValue == list }
                return .ok(.object(same ?? existing.first ?? JSONObject()))
            }
            if let campaign { workspace.autoFlipAfterLeadsAdded(to: campaign, hadLeads: hadLeads) }
            return .ok(.object(load.uploaded.first?.lead ?? JSONObject()))
        },
        Route(.post, "/api/v2/leads/add", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            let campaignID = body["campaign_id"]?.stringValue, listID = body["list_id"]?.stringValue
            if campaignID != nil, listID != nil { throw .badRequest("Use campaign_id or list_id, not both") }
            let (campaign, list) = try workspace.loadTarget(campaign: campaignID, list: listID)
            let hadLeads = campaign.map { workspace.leadCount(inCampaign: $0) > 0 } ?? true
            var load = LeadLoad(campaign: campaign, list: list, flags: body, bulk: true)
            let inputs = body["leads"]?.arrayValue ?? []
            for (index, input) in inputs.enumerated() { _ = load.add(input.objectValue ?? JSONObject(), index: index, to: &workspace) }
            if let campaign, !load.uploaded.isEmpty { workspace.autoFlipAfterLeadsAdded(to: campaign, hadLeads: hadLeads) }
            return .ok(load.summary(totalSent: inputs.count))
        },
        Route(.post, "/api/v2/leads/list", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            let query = LeadQuery(body)
            let page = workspace.leadIndex.page(query.bucket, after: body["starting_after"]?.stringValue, limit: body["limit"]?.intValue ?? 100) { id in
                workspace.leads[id].map(query.matches) ?? false
            }
            return .page(page.ids.compactMap { workspace.leads[$0].map(JSON.object) }, next: page.next)
        },
        Route(.get, "/api/v2/leads/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.existingLead(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/leads/{id}", scopes: []) { workspace, request throws(SimError) in
            var lead = try workspace.existingLead(request.parameter("id"))
            var changes = request.bodyObject
            if let variables = changes["custom_variables"]?.objectValue {
                var payload = lead["payload"]?.objectValue ?? JSONObject()
                payload.merge(variables)
                lead["payload"] = .object(payload)
                changes["custom_variables"] = nil
            }
            lead.merge(changes)
            lead["timestamp_updated"] = .string(workspace.now.iso8601)
            workspace.leads[lead.id] = lead
            return .ok(.object(lead))
        },
        Route(.delete, "/api/v2/leads/{id}", scopes: []) { workspace, request throws(SimError) in
            let lead = try workspace.existingLead(request.parameter("id"))
            workspace.removeLead(id: lead.id)
            return .ok(.object(lead))
        },
        Route(.delete, "/api/v2/leads", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            var filter = JSONObject()
            filter["campaign"] = body["campaign_id"]
            filter["list_id"] = body["list_id"]
            filter["ids"] = body["ids"]
            let query = LeadQuery(filter)
            let status = body["status"]?.intValue
            var ids = workspace.leadIndex.page(query.bucket, after: nil, limit: Int.max) { id in
                guard let lead = workspace.leads[id], query.matches(lead) else { return false }
                return status.map { lead["status"]?.intValue == $0 } ?? true
            }.ids
            if let limit = body["limit"]?.intValue { ids = Array(ids.prefix(max(0, limit))) }
            for id in ids { workspace.removeLead(id: id) }
            return .ok(["count": .int(ids.count)])
        },
        Route(.post, "/api/v2/leads/move", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.moveLeads(request.bodyObject)))
        },
    ]
}

extension InstantlyWorkspace {
    /// The lead with this id, or the service's 404.
    func existingLead(_ id: String) throws(SimError) -> JSONObject {
        guard let lead = leads[id] else { throw .notFound("Lead not found") }
        return lead
    }

    /// Checks that the campaign and list a load names exist (404 otherwise).
    func loadTarget(campaign: String?, list: String?) throws(SimError) -> (String?, String?) {
        if let campaign, campaigns[campaign] == nil { throw .notFound("Campaign not found") }
        if let list, leadLists[list] == nil { throw .notFound("Lead list not found") }
        return (campaign, list)
    }
}

extension LeadLoad {
    /// The `POST /leads/add` answer.
    func summary(totalSent: Int) -> JSON {
        let created: [JSON] = uploaded.map { entry in
            [
                "index": .int(entry.index), "id": .string(entry.lead.id), "email": entry.lead["email"] ?? .null,
                "first_name": entry.lead["first_name"] ?? .null, "last_name": entry.lead["last_name"] ?? .null,
            ]
        }
        var answer: JSONObject = [
            "status": "success", "total_sent": .int(totalSent), "leads_uploaded": .int(uploaded.count),
            "in_blocklist": .int(inBlocklist), "blocklist_used": nil, "duplicated_leads": .int(duplicatedLeads),
            "skipped_count": .int(skipped), "invalid_email_count": .int(invalidEmails), "incomplete_count": 0,
            "duplicate_email_count": .int(duplicateEmails),
        ]
        if campaign != nil { answer["remaining_in_plan"] = .int(max(0, 1_000_000 - uploaded.count)) }
        answer["created_leads"] = .array(created)
        return .object(answer)
    }
}
