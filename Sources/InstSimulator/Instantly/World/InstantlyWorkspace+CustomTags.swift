extension InstantlyWorkspace {
    /// `resource_type` of a tag mapping: 1 campaign, 2 account.
    static let campaignResource = 1
    static let accountResource = 2

    func customTag(_ id: String) throws(SimError) -> JSONObject {
        guard let tag = customTags[id] else { throw .notFound("Custom tag not found") }
        return tag
    }

    /// `POST /custom-tags/toggle-resource`: assigns or unassigns the tags to the resources (or to every
    /// campaign or account, minus exclusions, with `selected_all`). An account's resource id is its email.
    mutating func toggleTags(_ body: JSONObject) throws(SimError) {
        let tagIDs = (body["tag_ids"]?.arrayValue ?? []).compactMap(\.stringValue)
        for id in tagIDs where customTags[id] == nil { throw .notFound("Custom tag \(id) not found") }
        let type = body["resource_type"]?.intValue ?? Self.campaignResource
        let excluded = Set((body["excluded_resource_ids"]?.arrayValue ?? []).compactMap(\.stringValue))
        let resources =
            body["selected_all"]?.boolValue == true
            ? (type == Self.campaignResource ? campaigns.ids : accounts.ids).filter { !excluded.contains($0) }
            : (body["resource_ids"]?.arrayValue ?? []).compactMap(\.stringValue)
        let assign = body["assign"]?.boolValue ?? true
        for tagID in tagIDs {
            for resource in resources {
                let existing = customTagMappings.all.first { $0["tag_id"]?.stringValue == tagID && $0["resource_id"]?.stringValue == resource }
                if assign, existing == nil {
                    let id = newID()
                    customTagMappings[id] = [
                        "id": .string(id), "tag_id": .string(tagID), "resource_id": .string(resource), "resource_type": .int(type),
                        "timestamp_created": .string(now.iso8601), "organization_id": .string(Self.organizationID),
                    ]
                } else if !assign, let id = existing?["id"]?.stringValue {
                    customTagMappings[id] = nil
                }
            }
        }
    }
}
