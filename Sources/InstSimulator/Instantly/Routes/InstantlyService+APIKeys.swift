extension InstantlyService {
    /// API keys: a key made here carries exactly its scopes (403 outside them); its `key` is shown
    /// once, in the create answer, and masked in lists.
    static let apiKeyRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/api-keys", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            let id = workspace.newID()
            let secret = workspace.newID().replacingOccurrences(of: "-", with: "")
            let stamp = JSON.string(workspace.now.iso8601)
            let key: JSONObject = [
                "id": .string(id), "name": body["name"] ?? "", "scopes": body["scopes"] ?? [],
                "key": .string("sim_" + secret), "organization_id": .string(InstantlyWorkspace.organizationID),
                "timestamp_created": stamp, "timestamp_updated": stamp,
            ]
            workspace.apiKeys[id] = key
            return .ok(.object(key))
        },
        Route(.get, "/api/v2/api-keys", scopes: []) { workspace, request throws(SimError) in
            return Listing.page(workspace.apiKeys.all.map(masked), request, defaultLimit: 10)
        },
        Route(.delete, "/api/v2/api-keys/{id}", scopes: []) { workspace, request throws(SimError) in
            guard let key = workspace.apiKeys[request.parameter("id")] else { throw .notFound("API key not found") }
            workspace.apiKeys[key.id] = nil
            return .ok(.object(masked(key)))
        },
    ]

    /// The key with its secret hidden but for its last four characters.
    private static func masked(_ key: JSONObject) -> JSONObject {
        var key = key
        key["key"] = .string("****" + String((key["key"]?.stringValue ?? "").suffix(4)))
        return key
    }
}
