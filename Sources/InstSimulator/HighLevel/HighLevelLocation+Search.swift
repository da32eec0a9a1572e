/// `POST /contacts/search` as the live API answers it: a free-text `query`, `filters` (a field,
/// an operator and a value, or a `group` of `AND`/`OR` filters), `sort`, and paging by `page` or by
/// the `searchAfter` of the last contact of the previous page.
extension HighLevelLocation {
    /// The contacts matching `body`, one page of them, and how many match in all.
    func search(_ body: JSONObject) throws(SimError) -> (contacts: [JSONObject], total: Int) {
        let limit = body["pageLimit"]?.intValue ?? 0
        guard (1...500).contains(limit) else { throw HighLevelError.unprocessable(["pageLimit must not be greater than 500"]) }
        let query = body["query"]?.stringValue?.lowercased() ?? ""
        let filters = body["filters"]?.arrayValue ?? []
        var matching = contacts.all.filter { contact in
            (query.isEmpty || Self.searchText(contact).contains(query)) && filters.allSatisfy { Self.matches(contact, $0) }
        }
        if let order = body["sort"]?.arrayValue?.first?.objectValue, let field = order["field"]?.stringValue {
            let descending = order["direction"]?.stringValue?.lowercased() == "desc"
            matching = matching.enumerated().sorted { left, right in
                let a = Self.sortKey(left.element[field]), b = Self.sortKey(right.element[field])
                return a == b ? left.offset < right.offset : (a < b) != descending
            }.map(\.element)
        }
        var start = 0
        if let after = body["searchAfter"]?.arrayValue, let id = after.last?.stringValue {
            start = (matching.firstIndex { $0["id"]?.stringValue == id } ?? -1) + 1
        } else if let page = body["page"]?.intValue, page > 1 {
            start = (page - 1) * limit
        }
        return (Array(matching.dropFirst(start).prefix(limit)), matching.count)
    }

    /// A search result: the contact with its `searchAfter` (`[dateAdded in milliseconds, id]`).
    static func searchResult(_ contact: JSONObject) -> JSON {
        var contact = contact
        let added = contact["dateAdded"]?.stringValue.flatMap { SimTime(iso8601: $0) }?.milliseconds ?? 0
        contact["searchAfter"] = [.int(Int(added)), contact["id"] ?? .null]
        return .object(contact)
    }

    private static func searchText(_ contact: JSONObject) -> String {
        ["contactName", "email", "phone", "companyName", "website"].compactMap { contact[$0]?.stringValue?.lowercased() }.joined(separator: " ")
    }

    private static func sortKey(_ value: JSON?) -> String {
        value?.stringValue?.lowercased() ?? value?.doubleValue.map { String($0) } ?? ""
    }

    /// One filter or group of filters against a contact; unknown operators match nothing.
    static func matches(_ contact: JSONObject, _ filter: JSON) -> Bool {
        if let group = filter["group"]?.stringValue?.uppercased() {
            let members = filter["filters"]?.arrayValue ?? []
            return group == "OR" ? members.contains { matches(contact, $0) } : members.allSatisfy { matches(contact, $0) }
        }
        guard let field = filter["field"]?.stringValue, let op = filter["operator"]?.stringValue else { return false }
        let stored = contact[field].flatMap { $0.isNull ? nil : $0 }
        let values: [String] = (stored?.arrayValue ?? stored.map { [$0] } ?? []).compactMap { $0.stringValue?.lowercased() }
        let wanted = (filter["value"]?.arrayValue ?? filter["value"].map { [$0] } ?? []).compactMap { $0.stringValue?.lowercased() }
        switch op {
        case "exists": return stored != nil && stored != .string("") && stored != .array([])
        case "not_exists": return !matches(contact, ["field": .string(field), "operator": "exists"])
        case "eq": return wanted.contains { values.contains($0) }
        case "not_eq": return !wanted.contains { values.contains($0) }
        case "contains": return wanted.contains { term in values.contains { $0.contains(term) } }
        case "not_contains": return !wanted.contains { term in values.contains { $0.contains(term) } }
        default: return false
        }
    }
}
