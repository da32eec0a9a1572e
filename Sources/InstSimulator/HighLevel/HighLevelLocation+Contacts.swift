/// Contacts as GoHighLevel keeps them: fields from the request, lower-cased search copies,
/// lower-cased tags, and the location's duplicate rule (no two contacts share an email or a phone).
extension HighLevelLocation {
    /// Fields a request sets that the stored contact does not keep as given.
    private static let requestOnly: Set<String> = ["locationId", "createNewIfDuplicateAllowed"]

    /// Stores a new contact from a create or upsert body; the caller has checked for duplicates.
    mutating func insertContact(_ fields: JSONObject, now: SimTime) -> JSONObject {
        let id = newID()
        var contact: JSONObject = [
            "id": .string(id), "locationId": .string(Self.locationID), "type": "lead", "tags": [], "customFields": [],
            "dateAdded": .string(now.iso8601), "dateUpdated": .string(now.iso8601), "deleted": false,
        ]
        Self.apply(fields, to: &contact)
        contacts[id] = contact
        return contact
    }

    /// Changes a stored contact: every given field replaces the old one (`tags` included: law G1).
    mutating func updateContact(_ id: String, with fields: JSONObject, now: SimTime) throws(SimError) -> JSONObject {
        var contact = try contact(id)
        Self.apply(fields, to: &contact)
        contact["dateUpdated"] = .string(now.iso8601)
        contacts[id] = contact
        return contact
    }

    /// Deletes a contact with its notes, tasks and enrolments.
    mutating func deleteContact(_ id: String) throws(SimError) {
        _ = try contact(id)
        contacts[id] = nil
        for collection in [\HighLevelLocation.notes, \.tasks, \.enrolments] {
            for record in self[keyPath: collection].all where record["contactId"]?.stringValue == id {
                if let recordID = record["id"]?.stringValue { self[keyPath: collection][recordID] = nil }
            }
        }
    }

    /// The contact that `fields` would duplicate (same email, or same phone digits), and which
    /// field matched; `excluding` the contact being updated.
    func duplicate(of fields: JSONObject, excluding: String? = nil) -> (contact: JSONObject, field: String)? {
        let email = fields["email"]?.stringValue?.lowercased() ?? ""
        let phone = Self.digits(fields["phone"]?.stringValue)
        for contact in contacts.all where contact["id"]?.stringValue != excluding {
            if !email.isEmpty, contact["email"]?.stringValue?.lowercased() == email { return (contact, "email") }
            if !phone.isEmpty, Self.digits(contact["phone"]?.stringValue) == phone { return (contact, "phone") }
        }
        return nil
    }

    /// The 400 GoHighLevel answers for a contact the location already has.
    static func duplicateError(_ match: (contact: JSONObject, field: String)) -> SimError {
        HighLevelError.make(400, "This location does not allow duplicated contacts.", meta: [
            "contactId": match.contact["id"] ?? .null,
            "contactName": match.contact["contactName"] ?? match.contact["name"] ?? .null,
            "matchingField": .string(match.field),
        ])
    }

    /// Adds tags (lower-cased, trimmed, without repeats); answers the contact's tags.
    mutating func addTags(_ tags: [JSON], to id: String, now: SimTime) throws(SimError) -> [JSON] {
        var contact = try contact(id)
        var current = contact["tags"]?.arrayValue ?? []
        for tag in Self.normalised(tags) where !current.contains(tag) { current.append(tag) }
        contact["tags"] = .array(current)
        contact["dateUpdated"] = .string(now.iso8601)
        contacts[id] = contact
        return current
    }

    /// Removes tags; answers the contact's remaining tags.
    mutating func removeTags(_ tags: [JSON], from id: String, now: SimTime) throws(SimError) -> [JSON] {
        var contact = try contact(id)
        let removed = Self.normalised(tags)
        let remaining = (contact["tags"]?.arrayValue ?? []).filter { !removed.contains($0) }
        contact["tags"] = .array(remaining)
        contact["dateUpdated"] = .string(now.iso8601)
        contacts[id] = contact
        return remaining
    }

    private static func apply(_ fields: JSONObject, to contact: inout JSONObject) {
        for (key, value) in fields where !requestOnly.contains(key) {
            contact[key] = key == "tags" ? .array(normalised(value.arrayValue ?? [])) : value
        }
        for key in ["firstName", "lastName", "email"] {
            contact[key + "LowerCase"] = contact[key]?.stringValue.map { .string($0.lowercased()) }
        }
        let first = contact["firstName"]?.stringValue ?? "", last = contact["lastName"]?.stringValue ?? ""
        let full = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
        let name = full.isEmpty ? contact["name"]?.stringValue ?? "" : full
        contact["contactName"] = name.isEmpty ? nil : .string(name)
        contact["fullNameLowerCase"] = name.isEmpty ? nil : .string(name.lowercased())
    }

    private static func normalised(_ tags: [JSON]) -> [JSON] {
        var result: [JSON] = []
        for tag in tags.compactMap(\.stringValue) {
            let value = JSON.string(tag.trimmingSpaces.lowercased())
            if value != "", !result.contains(value) { result.append(value) }
        }
        return result
    }

    static func digits(_ phone: String?) -> String {
        String((phone ?? "").filter(\.isNumber))
    }
}
