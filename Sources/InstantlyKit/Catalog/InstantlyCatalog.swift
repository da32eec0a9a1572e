import APISchema
import InstTransport

/// Every operation of Instantly's API v2, generated from the official OpenAPI spec by
/// `scripts/gen-instantly-catalog` (``operations`` is in `InstantlyCatalog+Operations.swift`).
///
/// **Names.** `instantly.<namespace>.<verb>`: the namespace is the path's first segment after
/// `/api/v2/`, kebab-case turned to snake_case (`email-verification` → `email_verification`). The
/// path's other static segments, with identifiers (`{id}`, and `current` as in
/// `/workspaces/current`) dropped and joined with `_`, are the *tail*.
/// - No tail: GET → `list` on a collection, `get` on one item; POST → `create`; PATCH/PUT →
///   `update`; DELETE → `delete` on one item, `delete_many` on a collection.
/// - A tail: GET and POST → the tail (`campaigns.analytics`, `campaigns.activate`,
///   `leads.list` for `POST /leads/list`, `campaigns.sending_status`); PATCH/PUT →
///   `update_<tail>`; DELETE → `delete_<tail>`.
/// - A GET and a POST with the same name (same path): the POST becomes `create_<tail>`
///   (`workspaces.create_whitelabel_domain`).
/// Anything still colliding needs an entry in the generator's override table, which is empty.
///
/// **Effects.** GET is read; a POST the spec allows with a `:read` scope is a query, so read
/// (`POST /leads/list`); `POST /email-verification` is metered; the two DFY domain look-ups
/// (`domains/similar`, `domains/check`) are read; everything else is a write.
///
/// **Scopes.** As each operation's description names them. For the operations whose description
/// names none, the generator infers them (``APIOperation/scopesAreInferred``).
///
/// docs/instantly-commands.md has the full table.
public enum InstantlyCatalog {
    /// The service the operations belong to.
    public static let service = ServiceName.instantly

    /// The operation a command names: `instantly.campaigns.list`.
    public static func operation(named name: String) -> APIOperation? {
        byName[name]
    }

    /// The operation at `method` and `path` (a template as the spec writes it).
    public static func operation(_ method: HTTPMethod, _ path: PathTemplate) -> APIOperation? {
        operations.first { $0.method == method && $0.path == path }
    }

    private static let byName: [String: APIOperation] =
        Dictionary(operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}
