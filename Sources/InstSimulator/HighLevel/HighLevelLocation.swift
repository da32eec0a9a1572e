import InstTransport

/// The state of the simulated GoHighLevel location (`loc_northwind`): its contacts, notes, tasks,
/// workflows and workflow enrolments, kept as the JSON objects the API answers with.
public struct HighLevelLocation: Sendable {
    /// The one location every non-empty token is a location token for.
    public static let locationID = "loc_northwind"

    public var random: SplitMix64
    public var contacts = RecordCollection()
    public var notes = RecordCollection()
    public var tasks = RecordCollection()
    public var workflows = RecordCollection()
    /// One record per contact in a workflow: `{id, contactId, workflowId, eventStartTime, dateAdded}`.
    public var enrolments = RecordCollection()
    /// Rate-limit windows of the location.
    var limiter = HighLevelRateLimiter()

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed ^ 0x6E1)
    }

    /// A new id in GoHighLevel's form (20 letters and digits), reproducible from the seed.
    public mutating func newID() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var bytes: [UInt8] = []
        for _ in 0..<20 { bytes.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The contact with this id, or GoHighLevel's 400 for an unknown one.
    func contact(_ id: String) throws(SimError) -> JSONObject {
        guard let contact = contacts[id] else { throw HighLevelError.make(400, "Contact not found") }
        return contact
    }

    /// The workflow with this id, or 404.
    func workflow(_ id: String) throws(SimError) -> JSONObject {
        guard let workflow = workflows[id] else { throw HighLevelError.make(404, "Workflow not found") }
        return workflow
    }

    /// The enrolments of a contact, in order.
    func enrolments(of contactID: String) -> [JSONObject] {
        enrolments.all.filter { $0["contactId"]?.stringValue == contactID }
    }
}
