import APISchema
import InstLanguage
import InstTransport

extension HighLevelPlanState {
    /// Placeholder contact ids start with this, which no id GoHighLevel hands out does.
    public static let placeholderPrefix = "dryRunContact"

    /// Whether `id` is one a planned call made up.
    public static func isPlaceholder(_ id: String) -> Bool {
        id.hasPrefix(placeholderPrefix)
    }

    /// The answer to `request` in a dry-run against the live service, without sending it: for a
    /// planned write, one of the shape GoHighLevel gives (placeholder contact ids, echoed
    /// fields); for a read, one only when it names a placeholder contact (`nil`: send it).
    public mutating func synthesize(_ request: TransportRequest) -> TransportResponse? {
        let call = PlannedRequest(request)
        let answer: Value?
        if request.effect == .read {
            guard let id = call.pathValues["contactId"], Self.isPlaceholder(id) else { return nil }
            answer = readAnswer(call, contact: id)
        } else {
            answer = plannedAnswer(call)
        }
        return answer.flatMap { value in (try? JSONPrinter.bytes(value)).map { TransportResponse(status: 200, body: $0) } }
    }

    private func readAnswer(_ call: PlannedRequest, contact id: String) -> Value {
        if call.operation == "ghl.contacts.get" { return ["contact": .map(contacts[id] ?? ValueMap([("id", .string(id))]))] }
        return [:]
    }

    private mutating func plannedAnswer(_ call: PlannedRequest) -> Value {
        switch call.operation {
        case "ghl.contacts.upsert":
            let email = call.fields["email"].flatMap { if case .string(let text) = $0 { text.lowercased() } else { nil } }
            let known = email.flatMap { contactsByEmail[$0] }
            let id = known ?? newPlaceholder()
            if let email { contactsByEmail[email] = id }
            return ["new": .bool(known == nil), "contact": .map(saved(id, with: call.fields)), "traceId": "dry-run"]
        case "ghl.contacts.create":
            return ["contact": .map(saved(newPlaceholder(), with: call.fields)), "traceId": "dry-run"]
        case "ghl.contacts.update":
            guard let id = call.pathValues["contactId"] else { break }
            return ["succeded": true, "contact": .map(saved(id, with: call.fields)), "traceId": "dry-run"]
        case "ghl.contacts.add_tags":
            return ["tags": .list(tagsAdded(call)), "traceId": "dry-run"]
        default:
            break
        }
        return ["succeded": true, "succeeded": true, "traceId": "dry-run"]
    }

    /// The contact `id` with `fields` set (remembered when it is a placeholder).
    private mutating func saved(_ id: String, with fields: ValueMap) -> ValueMap {
        var contact = contacts[id] ?? ValueMap([("id", .string(id))])
        for (key, value) in fields.entries { contact[key] = value }
        if Self.isPlaceholder(id) { contacts[id] = contact }
        return contact
    }

    /// The contact's tags after `add_tags`: those it had (if made up in this run) and the new ones.
    private mutating func tagsAdded(_ call: PlannedRequest) -> [Value] {
        guard case .list(let added)? = call.fields["tags"] else { return [] }
        guard let id = call.pathValues["contactId"], Self.isPlaceholder(id), var contact = contacts[id] else { return added }
        var tags: [Value] = []
        if case .list(let had)? = contact["tags"] { tags = had }
        for tag in added where !tags.contains(tag) { tags.append(tag) }
        contact["tags"] = .list(tags)
        contacts[id] = contact
        return tags
    }

    private mutating func newPlaceholder() -> String {
        issuedPlaceholders += 1
        let digits = String(issuedPlaceholders)
        return Self.placeholderPrefix + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}
