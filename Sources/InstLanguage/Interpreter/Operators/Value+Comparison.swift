/// Ordering comparisons and `in`, on plain values (the caller reads streams first).
extension Value {
    enum Comparison {
        case less, lessOrEqual, greater, greaterOrEqual

        /// Whether `order` (negative, zero, positive) satisfies the comparison.
        @inline(__always)
        func holds(_ order: Int) -> Bool {
            switch self {
            case .less: order < 0
            case .lessOrEqual: order <= 0
            case .greater: order > 0
            case .greaterOrEqual: order >= 0
            }
        }
    }

    /// Numbers compare with numbers, strings with strings (by Unicode scalar); anything else is an error.
    /// Comparisons with NaN are false.
    static func compare(_ lhs: Value, _ rhs: Value, _ comparison: Comparison) throws(ScriptError) -> Bool {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return comparison.holds(a < b ? -1 : a == b ? 0 : 1)
        case let (.string(a), .string(b)): return comparison.holds(order(a, b))
        case let (.float(a), .float(b)): return compareDoubles(a, b, comparison)
        case let (.int(a), .float(b)): return compareDoubles(Double(a), b, comparison)
        case let (.float(a), .int(b)): return compareDoubles(a, Double(b), comparison)
        default:
            throw ScriptError.runtime("cannot compare \(lhs.typeName) with \(rhs.typeName)")
        }
    }

    private static func compareDoubles(_ a: Double, _ b: Double, _ comparison: Comparison) -> Bool {
        if a.isNaN || b.isNaN { return false }
        return comparison.holds(a < b ? -1 : a == b ? 0 : 1)
    }

    /// UTF-8 byte order, which is Unicode scalar order.
    private static func order(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?) where x != y: return x < y ? -1 : 1
            default: continue
            }
        }
    }

    /// `element in container` for a list, a map (its keys) or a string (a substring).
    static func contains(_ container: Value, _ element: Value) throws(ScriptError) -> Bool {
        switch container {
        case .list(let elements):
            return elements.contains(element)
        case .map(let map):
            guard case .string(let key) = element else { return false }
            return map.position(of: key) != nil
        case .string(let text):
            guard case .string(let part) = element else {
                throw ScriptError.runtime("cannot look for a \(element.typeName) in a string", hint: "convert it with str first")
            }
            return part.isEmpty || text.contains(part)
        default:
            throw ScriptError.runtime("cannot use 'in' on a \(container.typeName)", hint: "'in' looks into a list, a map or a string")
        }
    }
}
