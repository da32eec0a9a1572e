/// An insertion-ordered map from strings to values, with value semantics.
///
/// Small maps (the common case: API objects) are searched linearly; larger ones keep a hash index.
/// The contents live in one reference-counted ``Storage``, so copying a map (into a variable, a
/// list, a block's `$it`) costs one reference count, and a uniquely referenced map is changed in
/// place.
public struct ValueMap: Sendable, Equatable {
    private var storage: Storage

    /// Maps with more keys than this keep a hash index.
    static let indexThreshold = 12

    public init() {
        storage = Storage.empty
    }

    public init(_ pairs: [(String, Value)]) {
        storage = Storage.empty
        for (key, value) in pairs { self[key] = value }
    }

    /// A map of `keys[i]: values[i]`; the keys must be distinct (a map literal's are, as the
    /// resolver checked). Maps built from one literal share its key array.
    init(distinctKeys keys: [String], values: [Value]) {
        storage = Storage.make(keys: keys, values: values)
    }

    public var keys: [String] { storage.keys }
    public var values: [Value] { storage.values }
    public var count: Int { storage.keys.count }
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// The value at a position (below ``count``).
    @inline(__always)
    func value(at position: Int) -> Value {
        storage.values[position]
    }

    /// The position of a key, if present.
    @inline(__always)
    public func position(of key: String) -> Int? {
        storage.position(of: key)
    }

    /// The position of a key, trying `hint` first: a field read on maps of one shape (rows
    /// built by one literal) finds the key where it found it last time.
    @inline(__always)
    func position(of key: String, hint: Int) -> Int? {
        if storage.hasKey(key, at: hint) { return hint }
        return storage.position(of: key)
    }

    public subscript(key: String) -> Value? {
        get {
            guard let position = position(of: key) else { return nil }
            return storage.values[position]
        }
        set {
            if let position = position(of: key) {
                makeUnique()
                if let newValue {
                    storage.values[position] = newValue
                } else {
                    storage.remove(at: position)
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Updates the value at `key` in place (keeping the value uniquely referenced), inserting `null` first if absent.
    public mutating func modify<R>(_ key: String, _ body: (inout Value) throws -> R) rethrows -> R {
        let position: Int
        if let existing = self.position(of: key) {
            makeUnique()
            position = existing
        } else {
            position = append(key, .null)
        }
        return try body(&storage.values[position])
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let position = position(of: key) else { return nil }
        makeUnique()
        let value = storage.values[position]
        storage.remove(at: position)
        return value
    }

    /// Adds a key that is not present; returns its position. The map moves to indexed storage
    /// when it outgrows a linear search.
    @discardableResult
    private mutating func append(_ key: String, _ value: Value) -> Int {
        makeUnique()
        if !storage.isIndexed, storage.keys.count >= Self.indexThreshold {
            storage = IndexedStorage(keys: storage.keys, values: storage.values)
        }
        return storage.append(key, value)
    }

    /// Gives this map storage of its own before it changes (copy-on-write).
    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Key/value pairs in insertion order.
    public var entries: Zip2Sequence<[String], [Value]> { zip(storage.keys, storage.values) }

    /// Order-insensitive equality, as maps from JSON are compared.
    public static func == (lhs: ValueMap, rhs: ValueMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.entries {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }
}
