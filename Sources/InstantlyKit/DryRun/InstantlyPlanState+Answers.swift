import APISchema
import InstLanguage
import InstTransport

extension InstantlyPlanState {
    /// Placeholder ids are UUIDs (so commands taking an id accept them) with this prefix, which
    /// no id Instantly hands out has.
    public static let placeholderPrefix = "00000000-0000-4000-8000-"

    /// Whether `id` is one a planned call made up.
    public static func isPlaceholder(_ id: String) -> Bool {
        id.hasPrefix(placeholderPrefix)
    }

    /// The answer to `request` in a dry-run against the live service, without sending it: for a
    /// planned write or verification, one of the right shape (placeholder ids, echoed fields);
    /// for a read, one only when it names a placeholder (`nil`: send it).
    public mutating func synthesize(_ request: TransportRequest) -> TransportResponse? {
        // Nothing made up yet: no read can name it (and no read body needs decoding).
        if request.effect == .read && issuedPlaceholders == 0 { return nil }
        let call = PlannedRequest(request)
        let answer = request.effect == .read ? readAnswer(call) : plannedAnswer(call)
        return answer.flatMap { value in (try? JSONPrinter.bytes(value)).map { TransportResponse(status: 200, body: $0) } }
    }

    private func readAnswer(_ call: PlannedRequest) -> Value? {
        let named = call.pathValues.values.contains(where: Self.isPlaceholder)
            || call.fields.values.contains { if case .string(let text) = $0 { Self.isPlaceholder(text) } else { false } }
        guard named else { return nil }
        if call.request.method == .get, let id = call.pathValues["id"], call.pathValues.count == 1,
           call.request.pathTemplate.rawValue.hasSuffix("/{id}"), let object = objects[id] {
            return object
        }
        return call.operation.hasSuffix(".list") ? ["items": [], "next_starting_after": nil] : [:]
    }

    private mutating func plannedAnswer(_ call: PlannedRequest) -> Value {
        switch call.operation {
        case "instantly.email_verification.create":
            return ["email": call.fields["email"] ?? nil, "verification_status": "verified", "status": "success",
                    "catch_all": false, "credits_used": 0]
        case "instantly.leads.add":
            return leadsAdded(call)
        case "instantly.campaigns.activate", "instantly.campaigns.pause":
            return changed(call.pathValues["id"], with: ValueMap([("status", .int(call.operation.hasSuffix("activate") ? 1 : 2))]))
        default:
            break
        }
        if let id = call.pathValues["id"] {
            if call.request.method == .delete { return objects.removeValue(forKey: id) ?? ["id": .string(id)] }
            if call.request.method == .patch || call.request.method == .put { return changed(id, with: call.fields) }
            return ["id": .string(id)]
        }
        let id = newPlaceholder()
        var created = call.fields
        created["id"] = .string(id)
        if call.operation == "instantly.campaigns.create" { created["status"] = 0 }
        objects[id] = .map(created)
        return .map(created)
    }

    /// The object `id` with `fields` changed: the made-up one, or just its id and the fields.
    private mutating func changed(_ id: String?, with fields: ValueMap) -> Value {
        guard let id else { return .map(fields) }
        var object = ValueMap([("id", .string(id))])
        if case .map(let known)? = objects[id] { object = known }
        for (key, value) in fields.entries { object[key] = value }
        if Self.isPlaceholder(id) { objects[id] = .map(object) }
        return .map(object)
    }

    /// `POST /leads/add`'s summary: every lead uploaded, each with a placeholder id.
    private mutating func leadsAdded(_ call: PlannedRequest) -> Value {
        guard case .list(let leads)? = call.fields["leads"] else { return ["status": "success", "leads_uploaded": 0] }
        var created: [Value] = []
        for (index, lead) in leads.enumerated() {
            guard case .map(var fields) = lead else { continue }
            let id = newPlaceholder()
            fields["id"] = .string(id)
            objects[id] = .map(fields)
            created.append(["index": .int(index), "id": .string(id), "email": fields["email"] ?? nil,
                            "first_name": fields["first_name"] ?? nil, "last_name": fields["last_name"] ?? nil])
        }
        return ["status": "success", "total_sent": .int(leads.count), "leads_uploaded": .int(created.count),
                "in_blocklist": 0, "duplicated_leads": 0, "skipped_count": .int(leads.count - created.count),
                "invalid_email_count": 0, "incomplete_count": 0, "duplicate_email_count": 0,
                "created_leads": .list(created)]
    }

    private mutating func newPlaceholder() -> String {
        issuedPlaceholders += 1
        let digits = String(issuedPlaceholders, radix: 16)
        return Self.placeholderPrefix + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
