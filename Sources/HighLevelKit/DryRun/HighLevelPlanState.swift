import APISchema
import InstLanguage
import InstTransport

/// What a dry-run knows about GoHighLevel calls so far, and the advice that follows from it: the
/// contacts planned calls made up (placeholder ids, one per email however often it is upserted),
/// and law G1's warning. A value: the advisor in the runtime holds one behind a lock and calls
/// these in the order the calls are made.
public struct HighLevelPlanState: Sendable {
    /// The warning a planned `ghl.contacts.upsert` with `tags` gets: the words the command
    /// itself warns with, so a plan entry of a `ghl.*` command says it once.
    public static let upsertTagsWarning =
        "`tags` replace all of the contact's tags (law G1); to add tags use ghl.contacts.add_tags"

    /// Made-up contacts by placeholder id, as a later read of them answers.
    var contacts: [String: ValueMap] = [:]
    /// Placeholder ids by lowercased email, so a second upsert of an address finds its contact.
    var contactsByEmail: [String: String] = [:]
    var issuedPlaceholders = 0

    public init() {}

    /// The token scopes of which any one allows the request's operation.
    public static func scopes(for request: TransportRequest) -> [String] {
        HighLevelCatalog.operation(named: request.operationID)?.scopes ?? []
    }

    /// The warnings for a write about to be planned or sent: law G1 on an upsert with `tags`.
    public func review(_ request: TransportRequest) -> [String] {
        guard request.operationID == "ghl.contacts.upsert" else { return [] }
        return PlannedRequest(request).fields["tags"] == nil ? [] : [Self.upsertTagsWarning]
    }
}
