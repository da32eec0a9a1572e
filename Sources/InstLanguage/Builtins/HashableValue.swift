/// A value usable as a `Set` element or dictionary key, equal exactly when the values are `==`
/// (so `1` and `1.0` are one key, and maps ignore key order). `uniq` uses it.
struct HashableValue: Hashable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: HashableValue, rhs: HashableValue) -> Bool {
        lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(value, into: &hasher, depth: 0)
    }

    /// Containers deeper than this contribute only their size; equality still decides.
    private static let maxDepth = 32

    private static func hash(_ value: Value, into hasher: inout Hasher, depth: Int) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        // Ints hash as the Double they equal, consistent with `1 == 1.0`.
        case .int(let number): hasher.combine(Double(number))
        case .float(let number): hasher.combine(number)
        case .string(let string): hasher.combine(string)
        case .list(let elements):
            hasher.combine(elements.count)
            guard depth < maxDepth else { return }
            for element in elements { hash(element, into: &hasher, depth: depth + 1) }
        case .map(let map):
            hasher.combine(map.count)
            guard depth < maxDepth else { return }
            // Order-insensitive, like map equality: combine the entries' hashes with a sum.
            var sum = 0
            for (key, element) in map.entries {
                var entry = Hasher()
                entry.combine(key)
                hash(element, into: &entry, depth: depth + 1)
                sum &+= entry.finalize()
            }
            hasher.combine(sum)
        case .stream(let stream): hasher.combine(ObjectIdentifier(stream))
        case .callable(let callable): hasher.combine(ObjectIdentifier(callable))
        }
    }
}
