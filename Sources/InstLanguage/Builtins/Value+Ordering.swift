extension Value {
    /// The total order `sort-by` uses: `-1`, `0` or `1`.
    ///
    /// `null` sorts first; values of different types sort by type name (`bool` < numbers < `list`
    /// < `map` < `proc` < `string`, ints and floats compared as numbers); within a type, by value:
    /// `false` < `true`, numbers numerically (NaN before every other number), strings by Unicode
    /// scalar, lists element by element. Maps, streams and procs of one type compare equal.
    static func sortOrder(_ lhs: Value, _ rhs: Value) -> Int {
        sortOrder(lhs, rhs, depth: 0)
    }

    private static func sortOrder(_ lhs: Value, _ rhs: Value, depth: Int) -> Int {
        let ranks = (lhs.sortRank, rhs.sortRank)
        if ranks.0 != ranks.1 { return ranks.0 < ranks.1 ? -1 : 1 }
        switch (lhs, rhs) {
        case let (.bool(a), .bool(b)): return three(a ? 1 : 0, b ? 1 : 0)
        case let (.int(a), .int(b)): return three(a, b)
        case let (.string(a), .string(b)): return compareScalars(a, b)
        case let (.list(a), .list(b)):
            guard depth < 64 else { return 0 }
            for (x, y) in zip(a, b) {
                let order = sortOrder(x, y, depth: depth + 1)
                if order != 0 { return order }
            }
            return three(a.count, b.count)
        default:
            guard let a = lhs.orderingNumber, let b = rhs.orderingNumber else { return 0 }
            if a.isNaN || b.isNaN { return three(a.isNaN ? 0 : 1, b.isNaN ? 0 : 1) }
            return three(a, b)
        }
    }

    private var sortRank: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .int, .float: 2
        case .list, .stream: 3
        case .map: 4
        case .callable: 5
        case .string: 6
        }
    }

    /// The value as a `Double` when it is a number.
    fileprivate var orderingNumber: Double? {
        switch self {
        case .int(let number): Double(number)
        case .float(let number): number
        default: nil
        }
    }

    /// Unicode scalar order, which is UTF-8 byte order.
    static func compareScalars(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    private static func three<T: Comparable>(_ a: T, _ b: T) -> Int {
        a < b ? -1 : (a == b ? 0 : 1)
    }
}
