/// The query conventions every Instantly list shares: `limit` (1–100), `starting_after` cursors and
/// `{items, next_starting_after}` answers; boolean and comma-separated query values.
enum Listing {
    static let defaultLimit = 100

    /// `limit` from the query (validated upstream against the spec's 1–100), or `fallback`.
    static func limit(_ request: SimRequest, default fallback: Int = defaultLimit) -> Int {
        min(100, max(1, request.queryInt("limit") ?? fallback))
    }

    /// A boolean query value: `true`/`false` (anything else is absent).
    static func flag(_ request: SimRequest, _ name: String) -> Bool? {
        switch request.queryValue(name)?.lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// Every value of `name`, repeated or comma-separated.
    static func values(_ request: SimRequest, _ name: String) -> [String] {
        (request.query[name] ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }.filter { !$0.isEmpty }
    }

    /// One page of `records` after the record whose cursor is `starting_after`, cursors made by
    /// `cursor`; `defaultLimit` is the page size when the query gives none.
    static func page(
        _ records: [JSONObject], _ request: SimRequest, defaultLimit: Int = defaultLimit,
        cursor: (JSONObject) -> String? = { $0["id"]?.stringValue }
    ) -> SimResponse {
        let limit = limit(request, default: defaultLimit)
        var start = 0
        if let after = request.queryValue("starting_after"), !after.isEmpty,
            let position = records.firstIndex(where: { cursor($0) == after })
        {
            start = position + 1
        }
        let end = min(records.count, start + limit)
        guard start < end else { return .page([], next: nil) }
        let items = Array(records[start..<end])
        return .page(items.map(JSON.object), next: end < records.count ? items.last.flatMap(cursor) : nil)
    }
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
