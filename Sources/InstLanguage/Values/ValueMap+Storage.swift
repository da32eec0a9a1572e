extension ValueMap {
    /// The keys and values of a map. A map changes its storage only while it holds the only
    /// reference, so no two maps see each other's changes. Small maps search their keys
    /// linearly; a map with more than ``ValueMap/indexThreshold`` keys has an
    /// ``IndexedStorage``, which adds a hash index.
    ///
    /// Values are confined to the interpreter's thread, so the storage skips Swift's dynamic
    /// exclusivity checks.
    class Storage: @unchecked Sendable {
        @exclusivity(unchecked) final var keys: [String]
        @exclusivity(unchecked) final var values: [Value]
        /// Whether this is an ``IndexedStorage`` (tested without a dynamic cast).
        final let isIndexed: Bool

        /// Shared by the empty maps, so `ValueMap()` allocates nothing.
        static let empty = Storage(keys: [], values: [], isIndexed: false)

        /// Storage for distinct `keys` and their values, indexed when there are many.
        static func make(keys: [String], values: [Value]) -> Storage {
            keys.count > ValueMap.indexThreshold
                ? IndexedStorage(keys: keys, values: values) : Storage(keys: keys, values: values, isIndexed: false)
        }

        init(keys: [String], values: [Value], isIndexed: Bool) {
            self.keys = keys
            self.values = values
            self.isIndexed = isIndexed
        }

        /// A storage of its own with the same contents, for a map about to change.
        func copy() -> Storage {
            Storage(keys: keys, values: values, isIndexed: false)
        }

        /// Whether `key` is at `position` (which may be out of range).
        @inline(__always)
        final func hasKey(_ key: String, at position: Int) -> Bool {
            position < keys.count && keys[position] == key
        }

        @inline(__always)
        final func position(of key: String) -> Int? {
            if isIndexed { return unsafeDowncast(self, to: IndexedStorage.self).indexedPosition(of: key) }
            return keys.firstIndex(of: key)
        }

        /// Adds a key that is not present; returns its position.
        @discardableResult
        func append(_ key: String, _ value: Value) -> Int {
            keys.append(key)
            values.append(value)
            return keys.count - 1
        }

        func remove(at position: Int) {
            keys.remove(at: position)
            values.remove(at: position)
        }
    }
}
