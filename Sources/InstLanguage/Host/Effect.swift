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

extension Effect: Comparable {
    /// Ordered by how much they touch: pure < output < read < metered < write.
    public static func < (lhs: Effect, rhs: Effect) -> Bool {
        rank(lhs) < rank(rhs)
    }

    private static func rank(_ effect: Effect) -> Int {
        switch effect {
        case .pure: 0
        case .output: 1
        case .read: 2
        case .metered: 3
        case .write: 4
        }
    }
}
