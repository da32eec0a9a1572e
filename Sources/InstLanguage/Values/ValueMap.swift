/// An insertion-ordered map from strings to values, with value semantics.
///
/// Small maps (the common case: API objects) are searched linearly; larger ones keep a hash index.
public struct ValueMap: Sendable, Equatable {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []
    private var index: [String: Int]? = nil

    private static let indexThreshold = 12

    public init() {}

    public init(_ pairs: [(String, Value)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// A map of `keys[i]: values[i]`; the keys must be distinct (a map literal's are, as the
    /// resolver checked). Maps built from one literal share its key array.
    init(distinctKeys keys: [String], values: [Value]) {
        self.keys = keys
        self.values = values
        if keys.count > Self.indexThreshold { rebuildIndex() }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The position of a key, if present.
    public func position(of key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    /// The position of a key, trying `hint` first: a field read on maps of one shape (rows
    /// built by one literal) finds the key where it found it last time.
    @inline(__always)
    func position(of key: String, hint: Int) -> Int? {
        if hint < keys.count, keys[hint] == key { return hint }
        return position(of: key)
    }

    public subscript(key: String) -> Value? {
        get {
            guard let position = position(of: key) else { return nil }
            return values[position]
        }
        set {
            if let position = position(of: key) {
                if let newValue {
                    values[position] = newValue
                } else {
                    remove(at: position)
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Updates the value at `key` in place (keeping the value uniquely referenced), inserting `null` first if absent.
    public mutating func modify<R>(_ key: String, _ body: (inout Value) throws -> R) rethrows -> R {
        let position = position(of: key) ?? append(key, .null)
        return try body(&values[position])
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let position = position(of: key) else { return nil }
        let value = values[position]
        remove(at: position)
        return value
    }

    /// Adds a key that is not present; returns its position.
    @discardableResult
    private mutating func append(_ key: String, _ value: Value) -> Int {
        keys.append(key)
        values.append(value)
        let position = keys.count - 1
        if index != nil {
            index?[key] = position
        } else if keys.count > Self.indexThreshold {
            rebuildIndex()
        }
        return position
    }

    private mutating func remove(at position: Int) {
        keys.remove(at: position)
        values.remove(at: position)
        if index != nil { rebuildIndex() }
    }

    private mutating func rebuildIndex() {
        guard keys.count > Self.indexThreshold else {
            index = nil
            return
        }
        var built = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() { built[key] = position }
        index = built
    }

    /// Key/value pairs in insertion order.
    public var entries: Zip2Sequence<[String], [Value]> { zip(keys, values) }

    /// Order-insensitive equality, as maps from JSON are compared.
    public static func == (lhs: ValueMap, rhs: ValueMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.entries {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }
}
