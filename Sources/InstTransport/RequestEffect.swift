/// What a request does to the remote world, which decides how dry-run, retries and audit treat it.
public enum RequestEffect: String, Sendable, CaseIterable {
    /// Changes nothing: GET, and query-style POSTs such as `POST /leads/list`.
    case read
    /// Changes nothing but spends credits (email verification).
    case metered
    /// Changes remote state.
    case write
}
