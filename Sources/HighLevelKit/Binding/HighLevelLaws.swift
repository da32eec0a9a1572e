import APISchema
import InstTransport

/// GoHighLevel's rules, as the binding applies them and `help` shows them.
public enum HighLevelLaws {
    /// The API version every request names; without it the service answers 400.
    public static let apiVersion = "2021-07-28"

    /// A named User-Agent: the service sits behind Cloudflare, which refuses blank agents.
    public static let userAgent = "inst/1.0 (GoHighLevel API v2 client)"

    /// The headers of every request, never credentials (the transport adds the bearer token).
    public static let headers: HeaderFields = [
        "Version": apiVersion, "User-Agent": userAgent, "Accept": "application/json",
    ]

    /// The parameter and field the location goes in.
    static let locationField = "locationId"

    /// The operation that searches with `searchAfter` paging.
    static let searchOperation = "ghl.contacts.search"

    /// Operations the spec documents as 201 that the live API answers with 200.
    static let answersOKNot201: Set<String> = ["ghl.contacts.create", "ghl.contacts.add_tags", "ghl.contacts.create_note"]

    /// One line per law that applies to `operation`, for `help`.
    public static func lines(for operation: APIOperation) -> [String] {
        var lines = ["sends `Version: \(apiVersion)`; the bearer token comes from GHL_TOKEN"]
        if HighLevelLocation.placement(for: operation) != nil {
            lines.append("G2: `locationId` defaults to GHL_LOCATION_ID (sent only where the API requires it)")
        } else if operation.body != nil {
            lines.append("G2: no `locationId` in this body: the API refuses it, as it refuses any unknown field (422)")
        }
        if operation.name == "ghl.contacts.upsert" {
            lines.append("G1: upsert's `tags` replace the contact's tags; add tags with ghl.contacts.add_tags")
        }
        if operation.name == searchOperation {
            lines.append("streams its contacts, page after page, following the last contact's `searchAfter`; "
                + "`pageLimit` is the page size (default \(HighLevelSearch.defaultPageSize), at most \(HighLevelSearch.maxPageSize))")
        }
        if HighLevelLists.lists(operation) {
            lines.append("returns the answer's list of items (its `traceId` dropped)")
        }
        if answersOKNot201.contains(operation.name) {
            lines.append("answers 200, although the spec documents 201")
        }
        return lines
    }
}
