extension InstantlyService {
    /// Block list entries: emails or whole domains no campaign sends to.
    static let blockListRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/block-lists-entries", scopes: []) { workspace, request throws(SimError) in
            Listing.page(workspace.blockList(matching: request), request)
        },
        Route(.post, "/api/v2/block-lists-entries", scopes: []) { workspace, request throws(SimError) in
            guard let value = request.bodyObject["bl_value"]?.stringValue, let entry = workspace.addBlockListEntry(value) else {
                throw .badRequest("bl_value must be an email address or a domain")
            }
            return .ok(.object(entry))
        },
        Route(.delete, "/api/v2/block-lists-entries", scopes: []) { workspace, request throws(SimError) in
            let removed = workspace.blockList(matching: request)
            for entry in removed { if let id = entry["id"]?.stringValue { workspace.blockListEntries[id] = nil } }
            return .ok(.array(removed.map(JSON.object)))
        },
        Route(.get, "/api/v2/block-lists-entries/download", scopes: []) { workspace, request throws(SimError) in
            .ok(.array(workspace.blockList(matching: request).map(JSON.object)))
        },
        Route(.post, "/api/v2/block-lists-entries/bulk-create", scopes: []) { workspace, request throws(SimError) in
            let values = (request.bodyObject["bl_values"]?.arrayValue ?? []).compactMap(\.stringValue)
            let created = values.compactMap { workspace.addBlockListEntry($0) }
            return .ok(["items": .array(created.map(JSON.object)), "valid_count": .int(created.count), "invalid_count": .int(values.count - created.count)])
        },
        Route(.post, "/api/v2/block-lists-entries/bulk-delete", scopes: []) { workspace, request throws(SimError) in
            let ids = (request.bodyObject["ids"]?.arrayValue ?? []).compactMap(\.stringValue)
            let removed = ids.compactMap { id in workspace.blockListEntries[id].map { entry in workspace.blockListEntries[id] = nil; return entry } }
            return .ok(.array(removed.map(JSON.object)))
        },
        Route(.get, "/api/v2/block-lists-entries/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.blockListEntry(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/block-lists-entries/{id}", scopes: []) { workspace, request throws(SimError) in
            var entry = try workspace.blockListEntry(request.parameter("id"))
            if let value = request.bodyObject["bl_value"]?.stringValue {
                guard let isDomain = InstantlyWorkspace.blockListKind(value) else { throw .badRequest("bl_value must be an email address or a domain") }
                entry["bl_value"] = .string(value.lowercased())
                entry["is_domain"] = .bool(isDomain)
            }
            workspace.blockListEntries[request.parameter("id")] = entry
            return .ok(.object(entry))
        },
        Route(.delete, "/api/v2/block-lists-entries/{id}", scopes: []) { workspace, request throws(SimError) in
            let entry = try workspace.blockListEntry(request.parameter("id"))
            workspace.blockListEntries[request.parameter("id")] = nil
            return .ok(.object(entry))
        },
    ]
}
