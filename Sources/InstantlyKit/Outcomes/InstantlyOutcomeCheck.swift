import InstLanguage
import InstTransport

/// How to read Instantly back to learn whether a write whose outcome is unknown landed: a read
/// to send, and how to judge its answer. Pure: the caller sends the read.
///
/// - `leads.create` → `POST /api/v2/leads/list` with the lead's email in its campaign (or list);
/// - `campaigns.create` → `GET /api/v2/campaigns?search=NAME`, an exact name match;
/// - `campaigns.activate` / `campaigns.pause` → `GET /api/v2/campaigns/{id}`, comparing the status;
/// - `email_verification.create` → `GET /api/v2/email-verification/{email}`: found, or 404.
///
/// Other writes have no check (``check(for:)`` gives `nil`).
public struct InstantlyOutcomeCheck: Sendable {
    /// The read to send.
    public let read: TransportRequest
    /// Whether a 404 from the read proves the write did not land (the resource it creates is absent).
    private var absentWhenNotFound = false
    private let judgement: @Sendable (Value) -> InstantlyOutcomeFinding

    init(read: TransportRequest, absentWhenNotFound: Bool = false, judgement: @escaping @Sendable (Value) -> InstantlyOutcomeFinding) {
        self.read = read
        self.absentWhenNotFound = absentWhenNotFound
        self.judgement = judgement
    }

    /// What the read's answer says. A non-2xx or unreadable answer is ``InstantlyOutcomeFinding/unreadable(_:)``.
    public func judge(_ response: TransportResponse) -> InstantlyOutcomeFinding {
        if absentWhenNotFound && response.status == 404 { return .notLanded }
        guard response.isSuccess else { return .unreadable("reading it back answered HTTP \(response.status)") }
        guard let value = try? JSONParser.parse(response.body) else { return .unreadable("reading it back gave no JSON") }
        return judgement(value)
    }

    /// The check for `write`, if Instantly offers one.
    public static func check(for write: TransportRequest) -> InstantlyOutcomeCheck? {
        guard write.service == .instantly else { return nil }
        switch write.operationID {
        case "instantly.leads.create": return leadCreated(write)
        case "instantly.campaigns.create": return campaignCreated(write)
        case "instantly.campaigns.activate": return campaignStatus(write, landed: [1, 4])
        case "instantly.campaigns.pause": return campaignStatus(write, landed: [2])
        case "instantly.email_verification.create": return verificationStarted(write)
        default: return nil
        }
    }

    private static func leadCreated(_ write: TransportRequest) -> InstantlyOutcomeCheck? {
        guard let fields = bodyFields(write), case .string(let email)? = fields["email"], !email.isEmpty else { return nil }
        var filter: [(String, Value)] = [("contacts", .list([.string(email)])), ("limit", .int(100))]
        if case .string(let campaign)? = fields["campaign"] {
            filter.insert(("campaign", .string(campaign)), at: 0)
        } else if case .string(let list)? = fields["list_id"] {
            filter.insert(("list_id", .string(list)), at: 0)
        } else {
            return nil
        }
        guard let body = try? JSONPrinter.bytes(.map(ValueMap(filter))) else { return nil }
        var headers = readHeaders(write)
        headers.append("application/json", for: "Content-Type")
        let read = TransportRequest(
            service: .instantly, method: .post, pathTemplate: "/api/v2/leads/list", headers: headers, body: body,
            operationID: "instantly.leads.list", effect: .read)
        return InstantlyOutcomeCheck(read: read) { answer in
            found(in: answer) { item in
                if case .string(let found)? = item["email"] { return found.lowercased() == email.lowercased() }
                return false
            }
        }
    }

    private static func campaignCreated(_ write: TransportRequest) -> InstantlyOutcomeCheck? {
        guard let fields = bodyFields(write), case .string(let name)? = fields["name"], !name.isEmpty else { return nil }
        let read = TransportRequest(
            service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns",
            query: [QueryItem(name: "search", value: name), QueryItem(name: "limit", value: "100")],
            headers: readHeaders(write), operationID: "instantly.campaigns.list", effect: .read)
        return InstantlyOutcomeCheck(read: read) { answer in
            found(in: answer) { item in item["name"] == .string(name) }
        }
    }

    private static func campaignStatus(_ write: TransportRequest, landed: Set<Int>) -> InstantlyOutcomeCheck? {
        let parts = write.path.split(separator: "/")
        guard parts.count == 5, parts[0] == "api", parts[1] == "v2", parts[2] == "campaigns" else { return nil }
        let id = String(parts[3])
        let read = TransportRequest(
            service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/\(id)",
            headers: readHeaders(write), operationID: "instantly.campaigns.get", effect: .read)
        return InstantlyOutcomeCheck(read: read) { answer in
            guard case .map(let campaign) = answer, case .int(let status)? = campaign["status"] else {
                return .unreadable("the campaign read back has no status")
            }
            return landed.contains(status) ? .landed(answer) : .notLanded
        }
    }

    private static func verificationStarted(_ write: TransportRequest) -> InstantlyOutcomeCheck? {
        guard let fields = bodyFields(write), case .string(let email)? = fields["email"], !email.isEmpty else { return nil }
        let template: PathTemplate = "/api/v2/email-verification/{email}"
        guard let path = try? template.expanded(with: ["email": email]) else { return nil }
        let read = TransportRequest(
            service: .instantly, method: .get, pathTemplate: template, path: path,
            headers: readHeaders(write), operationID: "instantly.email_verification.get", effect: .read)
        return InstantlyOutcomeCheck(read: read, absentWhenNotFound: true) { answer in .landed(answer) }
    }

    /// The first item of a listing (`{"items": [...]}`) that `matches`; a listing with more pages
    /// and no match cannot tell.
    private static func found(in answer: Value, matches: (ValueMap) -> Bool) -> InstantlyOutcomeFinding {
        guard case .map(let page) = answer, case .list(let items)? = page["items"] else {
            return .unreadable("reading it back gave no list of items")
        }
        for case .map(let item) in items where matches(item) { return .landed(.map(item)) }
        if let cursor = page["next_starting_after"], !cursor.isNull {
            return .unreadable("too many similar records to tell from one page")
        }
        return .notLanded
    }

    private static func bodyFields(_ write: TransportRequest) -> ValueMap? {
        guard let body = write.body, case .map(let fields)? = try? JSONParser.parse(body) else { return nil }
        return fields
    }

    /// The write's headers (the law-1 User-Agent, a workspace) without its body's content type.
    private static func readHeaders(_ write: TransportRequest) -> HeaderFields {
        var headers = write.headers
        headers.remove("Content-Type")
        headers.remove("Content-Length")
        return headers
    }
}

/// What reading Instantly back showed.
public enum InstantlyOutcomeFinding: Sendable, Equatable {
    /// The write landed: the lead or campaign found.
    case landed(Value)
    case notLanded
    /// The answer cannot tell; the detail says why.
    case unreadable(String)
}
