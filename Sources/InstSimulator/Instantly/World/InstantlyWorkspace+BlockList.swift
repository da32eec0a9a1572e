extension InstantlyWorkspace {
    func blockListEntry(_ id: String) throws(SimError) -> JSONObject {
        guard let entry = blockListEntries[id] else { throw .notFound("Block list entry not found") }
        return entry
    }

    /// Whether `value` blocks a domain (`true`), one address (`false`), or is neither (`nil`).
    static func blockListKind(_ value: String) -> Bool? {
        let parts = value.trimmingSpaces.split(separator: "@", omittingEmptySubsequences: false)
        guard let domain = parts.last, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains(" ") else { return nil }
        switch parts.count {
        case 1: return true
        case 2 where !parts[0].isEmpty: return false
        default: return nil
        }
    }

    /// Adds an entry (or answers the existing one for the same value); `nil` when the value is neither
    /// an email nor a domain.
    mutating func addBlockListEntry(_ value: String) -> JSONObject? {
        let normalized = value.trimmingSpaces.lowercased()
        guard let isDomain = Self.blockListKind(normalized) else { return nil }
        if let existing = blockListEntries.all.first(where: { $0["bl_value"]?.stringValue == normalized }) { return existing }
        let id = newID()
        let entry: JSONObject = [
            "id": .string(id), "timestamp_created": .string(now.iso8601), "organization_id": .string(Self.organizationID),
            "bl_value": .string(normalized), "is_domain": .bool(isDomain),
        ]
        blockListEntries[id] = entry
        return entry
    }

    /// Entries matching `domains_only` and `search`.
    func blockList(matching request: SimRequest) -> [JSONObject] {
        let domainsOnly = Listing.flag(request, "domains_only") == true
        let search = request.queryValue("search")?.lowercased() ?? ""
        return blockListEntries.all.filter { entry in
            (!domainsOnly || entry["is_domain"]?.boolValue == true)
                && (search.isEmpty || entry["bl_value"]?.stringValue?.contains(search) == true)
        }
    }
}
