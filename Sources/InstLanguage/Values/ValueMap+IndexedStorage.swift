extension ValueMap {
    /// The storage of a large map: its keys and values, and a hash index of the keys.
    ///
    /// ASCII keys, the usual case, are found through an open-addressing table with a cheap
    /// seeded hash of their bytes: two ASCII strings are equal only when their bytes are, so the
    /// table is exact for them. A key with other characters may equal a differently encoded one
    /// (`"é"` as one scalar or two; the Kelvin sign and `"K"`), so those are found through Swift's
    /// own string hashing, which knows canonical equivalence: `general` indexes every key that
    /// way, from when the first such key is stored. Until then a lookup of such a key compares
    /// it with every key (it can only be found if it equals an ASCII one).
    ///
    /// Looking a key up changes nothing but `lastFound`, a hint.
    final class IndexedStorage: Storage, @unchecked Sendable {
        private struct Slot {
            var hash: Int
            /// `position + 1`, or 0 when the slot is empty.
            var entry: Int
        }

        /// The count is a power of two, at least twice the number of ASCII keys.
        @exclusivity(unchecked) private var slots: [Slot] = []
        @exclusivity(unchecked) private var asciiKeys = 0
        /// Whether a key that is not ASCII is stored.
        @exclusivity(unchecked) private var hasOtherKeys = false
        @exclusivity(unchecked) private var general: [String: Int]?
        /// Where the key last looked up was found. `set counts[$w] = ($counts[$w] ?? 0) + 1`
        /// looks one key up twice in a row; the second lookup then costs a string comparison
        /// instead of hashing. Only a hint: it is checked before use.
        @exclusivity(unchecked) private var lastFound = 0

        /// Storage for distinct `keys` and their values.
        init(keys: [String], values: [Value]) {
            super.init(keys: keys, values: values, isIndexed: true)
            rebuildIndex()
        }

        private init(copying other: IndexedStorage) {
            slots = other.slots
            asciiKeys = other.asciiKeys
            hasOtherKeys = other.hasOtherKeys
            general = other.general
            lastFound = other.lastFound
            super.init(keys: other.keys, values: other.values, isIndexed: true)
        }

        override func copy() -> Storage {
            IndexedStorage(copying: self)
        }

        func indexedPosition(of key: String) -> Int? {
            if hasKey(key, at: lastFound) { return lastFound }
            guard let position = lookUp(key) else { return nil }
            lastFound = position
            return position
        }

        override func append(_ key: String, _ value: Value) -> Int {
            let position = super.append(key, value)
            insert(key, at: position)
            return position
        }

        override func remove(at position: Int) {
            super.remove(at: position)
            rebuildIndex()
        }

        private func lookUp(_ key: String) -> Int? {
            guard let hash = Self.asciiHash(key) else {
                guard let general else { return keys.firstIndex(of: key) }
                return general[key]
            }
            let mask = slots.count - 1
            var index = hash & mask
            while slots[index].entry != 0 {
                if slots[index].hash == hash, keys[slots[index].entry - 1] == key { return slots[index].entry - 1 }
                index = (index + 1) & mask
            }
            // An ASCII key can still equal a stored key written with other characters.
            return hasOtherKeys ? general?[key] : nil
        }

        /// Indexes `keys[position]`, a key that was not present.
        private func insert(_ key: String, at position: Int) {
            general?[key] = position
            guard let hash = Self.asciiHash(key) else {
                hasOtherKeys = true
                if general == nil { general = generalIndex() }
                return
            }
            lastFound = position
            asciiKeys += 1
            if asciiKeys * 2 > slots.count { grow() }
            place(Slot(hash: hash, entry: position + 1))
        }

        private func rebuildIndex() {
            var count = 16
            while count < keys.count * 2 { count *= 2 }
            slots = Array(repeating: Slot(hash: 0, entry: 0), count: count)
            asciiKeys = 0
            hasOtherKeys = false
            general = nil
            lastFound = 0
            for (position, key) in keys.enumerated() { insert(key, at: position) }
        }

        private func place(_ slot: Slot) {
            let mask = slots.count - 1
            var index = slot.hash & mask
            while slots[index].entry != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }

        private func grow() {
            let old = slots
            slots = Array(repeating: Slot(hash: 0, entry: 0), count: old.count * 2)
            for slot in old where slot.entry != 0 { place(slot) }
        }

        private func generalIndex() -> [String: Int] {
            var index = [String: Int](minimumCapacity: keys.count)
            for (position, key) in keys.enumerated() { index[key] = position }
            return index
        }
    }
}
