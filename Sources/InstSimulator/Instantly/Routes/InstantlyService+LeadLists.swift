extension InstantlyService {
    /// Lead lists: CRUD.
    static let leadListRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/lead-lists", scopes: []) { workspace, request throws(SimError) in
            var list: JSONObject = [
                "id": .string(workspace.newID()), "organization_id": .string(InstantlyWorkspace.organizationID),
                "has_enrichment_task": false, "owned_by": .string(InstantlyWorkspace.ownerID), "name": "",
                "timestamp_created": .string(workspace.now.iso8601),
            ]
            list.merge(request.bodyObject)
            workspace.leadLists[list.id] = list
            return .ok(.object(list))
        },
        Route(.get, "/api/v2/lead-lists", scopes: []) { workspace, request throws(SimError) in
            let search = request.queryValue("search")?.lowercased()
            let enrichment = request.queryValues["has_enrichment_task"]?.boolValue
            let matching = workspace.leadLists.all.filter { list in
                (search.map { (list["name"]?.stringValue?.lowercased() ?? "").contains($0) } ?? true)
                    && (enrichment.map { list["has_enrichment_task"]?.boolValue == $0 } ?? true)
            }
            return Listing.page(matching, request, defaultLimit: 10)
        },
        Route(.get, "/api/v2/lead-lists/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.existingLeadList(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/lead-lists/{id}", scopes: []) { workspace, request throws(SimError) in
            var list = try workspace.existingLeadList(request.parameter("id"))
            list.merge(request.bodyObject)
            workspace.leadLists[list.id] = list
            return .ok(.object(list))
        },
        Route(.delete, "/api/v2/lead-lists/{id}", scopes: []) { workspace, request throws(SimError) in
            let list = try workspace.existingLeadList(request.parameter("id"))
            for leadID in workspace.leadIndex.ids(LeadIndex.list(list.id)) { workspace.removeLead(id: leadID) }
            workspace.leadLists[list.id] = nil
            return .ok(.object(list))
        },
    ]
}

extension InstantlyWorkspace {
    /// The lead list with this id, or the service's 404.
    func existingLeadList(_ id: String) throws(SimError) -> JSONObject {
        guard let list = leadLists[id] else { throw .notFound("Lead list not found") }
        return list
    }
}
