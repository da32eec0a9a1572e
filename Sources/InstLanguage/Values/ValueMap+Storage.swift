extension ValueMap {
    /// The keys, values and (for large maps) hash index of a map. A map changes its storage only
    /// when it holds the only reference, so no two maps see each other's changes.
    ///
    /// Values are confined to the interpreter's thread, so the storage skips Swift's dynamic
    /// exclusivity checks.
    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var keys: [String]
        @exclusivity(unchecked) var values: [Value]
        /// Key positions, once there are more than ``ValueMap/indexThreshold`` keys.
        @exclusivity(unchecked) private var index: KeyIndex?
        /// Where the key last looked up through the index was found. `set counts[$w] =
        /// ($counts[$w] ?? 0) + 1` looks one key up twice in a row; the second lookup then costs
        /// a string comparison instead of hashing. Only a hint: it is checked before use.
        @exclusivity(unchecked) private var lastFound = 0

        /// Shared by the empty maps, so `ValueMap()` allocates nothing.
        static let empty = Storage(keys: [], values: [])

        init(keys: [String], values: [Value]) {
            self.keys = keys
            self.values = values
            if keys.count > ValueMap.indexThreshold { rebuildIndex() }
        }

        private init(keys: [String], values: [Value], index: KeyIndex?) {
            self.keys = keys
            self.values = values
            self.index = index
        }

        func copy() -> Storage {
            Storage(keys: keys, values: values, index: index)
        }

        @inline(__always)
        func position(of key: String) -> Int? {
            guard index != nil else { return keys.firstIndex(of: key) }
            return indexedPosition(of: key)
        }

        private func indexedPosition(of key: String) -> Int? {
            if lastFound < keys.count, keys[lastFound] == key { return lastFound }
            guard let position = index?.position(of: key, in: keys) else { return nil }
            lastFound = position
            return position
        }

        /// Adds a key that is not present; returns its position.
        @discardableResult
        func append(_ key: String, _ value: Value) -> Int {
            keys.append(key)
            values.append(value)
            let position = keys.count - 1
            if index != nil {
                index?.insert(key, at: position, of: keys)
                lastFound = position
            } else if keys.count > ValueMap.indexThreshold {
                rebuildIndex()
            }
            return position
        }

        func remove(at position: Int) {
            keys.remove(at: position)
            values.remove(at: position)
            if index != nil { rebuildIndex() }
        }

        private func rebuildIndex() {
            guard keys.count > ValueMap.indexThreshold else {
                index = nil
                return
            }
            index = KeyIndex(keys)
        }
    }
}
