extension InstantlyService {
    /// Custom tags, their mappings to campaigns and accounts, and assigning them in bulk.
    static let customTagRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/custom-tags", scopes: []) { workspace, request throws(SimError) in
            let search = request.queryValue("search")?.lowercased() ?? ""
            let tagIDs = Set(Listing.values(request, "tag_ids"))
            let resources = Set(Listing.values(request, "resource_ids"))
            let tagged = Set(workspace.customTagMappings.all.filter { resources.contains($0["resource_id"]?.stringValue ?? "") }.compactMap { $0["tag_id"]?.stringValue })
            let tags = workspace.customTags.all.filter { tag in
                let id = tag["id"]?.stringValue ?? ""
                return (search.isEmpty || tag["label"]?.stringValue?.lowercased().contains(search) == true)
                    && (tagIDs.isEmpty || tagIDs.contains(id)) && (resources.isEmpty || tagged.contains(id))
            }
            return Listing.page(tags, request)
        },
        Route(.post, "/api/v2/custom-tags", scopes: []) { workspace, request throws(SimError) in
            guard let label = request.bodyObject["label"]?.stringValue, !label.trimmingSpaces.isEmpty else {
                throw .badRequest("body must have required property 'label'")
            }
            let id = workspace.newID(), stamp = JSON.string(workspace.now.iso8601)
            let tag: JSONObject = [
                "id": .string(id), "timestamp_created": stamp, "timestamp_updated": stamp, "organization_id": .string(InstantlyWorkspace.organizationID),
                "label": .string(label), "description": request.bodyObject["description"] ?? .null,
            ]
            workspace.customTags[id] = tag
            return .ok(.object(tag))
        },
        Route(.get, "/api/v2/custom-tags/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.customTag(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/custom-tags/{id}", scopes: []) { workspace, request throws(SimError) in
            var tag = try workspace.customTag(request.parameter("id"))
            for field in ["label", "description"] where request.bodyObject[field] != nil { tag[field] = request.bodyObject[field] }
            tag["timestamp_updated"] = .string(workspace.now.iso8601)
            workspace.customTags[request.parameter("id")] = tag
            return .ok(.object(tag))
        },
        Route(.delete, "/api/v2/custom-tags/{id}", scopes: []) { workspace, request throws(SimError) in
            let id = request.parameter("id")
            let tag = try workspace.customTag(id)
            workspace.customTags[id] = nil
            for mapping in workspace.customTagMappings.all where mapping["tag_id"]?.stringValue == id {
                if let mappingID = mapping["id"]?.stringValue { workspace.customTagMappings[mappingID] = nil }
            }
            return .ok(.object(tag))
        },
        Route(.post, "/api/v2/custom-tags/toggle-resource", scopes: []) { workspace, request throws(SimError) in
            try workspace.toggleTags(request.bodyObject)
            return .ok(["success": true])
        },
        Route(.get, "/api/v2/custom-tag-mappings", scopes: []) { workspace, request throws(SimError) in
            let resources = Set(Listing.values(request, "resource_ids"))
            return Listing.page(workspace.customTagMappings.all.filter { resources.isEmpty || resources.contains($0["resource_id"]?.stringValue ?? "") }, request)
        },
    ]
}
