/// What a command does to the world, which decides how the runner treats it.
public enum Effect: String, Sendable, CaseIterable {
    /// Computes from its arguments only (`len`, `join`, `where`).
    case pure
    /// Writes to the user's terminal or streams (`print`, `warn`, `table`).
    case output
    /// Reads remote or local state, changes nothing (GET, `POST /leads/list`, `csv.read`).
    case read
    /// Changes nothing but spends credits (email verification).
    case metered
    /// Changes remote or persistent state.
    case write
}
