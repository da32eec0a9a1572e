import InstLanguage

/// What an Instantly request counts for under the runner's policy caps: how many leads it loads
/// into a campaign or list, how many emails it sends, and which campaigns (ids) it touches.
/// Pure functions of the operation, path and body, so the policy layer and the audit log agree.
public enum InstantlyUsage {
    /// The operations that load leads: one lead each, or the `leads` array of a bulk add.
    public static let leadLoads: Set<String> = ["instantly.leads.create", "instantly.leads.add"]
    /// The operations that send one email each.
    public static let emailSends: Set<String> = [
        "instantly.emails.reply", "instantly.emails.forward", "instantly.emails.test",
    ]
    /// The body fields that name a campaign a write touches.
    static let campaignFields = ["campaign", "campaign_id", "to_campaign_id", "push_to_campaign_id", "parent_campaign"]

    /// The leads a request of `operation` loads (0 for other operations).
    public static func leads(operation: String, body: [UInt8]?) -> Int {
        guard leadLoads.contains(operation) else { return 0 }
        if operation == "instantly.leads.add", case .map(let fields)? = parsed(body), case .list(let leads)? = fields["leads"] {
            return leads.count
        }
        return 1
    }

    /// The emails a request of `operation` sends (0 for other operations).
    public static func emails(operation: String) -> Int {
        emailSends.contains(operation) ? 1 : 0
    }

    /// The campaign ids a request names: the path's `{…}` after `campaigns`, and the body's
    /// campaign fields (top level).
    public static func campaigns(pathTemplate: String, path: String, body: [UInt8]?) -> [String] {
        var ids: [String] = []
        let templateParts = pathTemplate.split(separator: "/")
        let pathParts = path.split(separator: "/")
        if templateParts.count == pathParts.count {
            for index in templateParts.indices.dropFirst()
            where templateParts[index].hasPrefix("{") && templateParts[index - 1] == "campaigns" {
                ids.append(String(pathParts[index]))
            }
        }
        if case .map(let fields)? = parsed(body) {
            for field in campaignFields {
                if case .string(let id)? = fields[field], !ids.contains(id) { ids.append(id) }
            }
        }
        return ids
    }

    private static func parsed(_ body: [UInt8]?) -> Value? {
        guard let body, !body.isEmpty else { return nil }
        return try? JSONParser.parse(body)
    }
}
