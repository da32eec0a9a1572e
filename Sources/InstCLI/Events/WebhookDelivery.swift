import InstLanguage

/// One webhook delivery from Instantly: its event name, its JSON payload, and the identity that
/// makes a redelivery of the same event recognisable.
struct WebhookDelivery: Sendable {
    /// The payload's `event_type`, e.g. `reply_received` or `link_clicked`.
    let event: String
    let payload: Value
    /// The payload's `id` when it has one, else its event type, timestamp, lead and campaign.
    let identity: String

    enum Problem: Error, Equatable {
        case notJSON
        case noEventType
    }

    /// Reads a request body: a JSON object with a string `event_type`.
    init(body: [UInt8]) throws(Problem) {
        guard let payload = try? JSONParser.parse(body), case .map(let fields) = payload else { throw .notJSON }
        guard case .string(let event)? = fields["event_type"], !event.isEmpty else { throw .noEventType }
        self.event = event
        self.payload = payload
        self.identity = Self.identity(of: fields, event: event)
    }

    private static func identity(of fields: ValueMap, event: String) -> String {
        if let id = fields["id"], !id.isNull { return "id:" + id.formatted() }
        let parts = ["timestamp", "lead_email", "email", "campaign_id"].map { fields[$0]?.formatted() ?? "" }
        return ([event] + parts).joined(separator: "\u{1F}")
    }
}
