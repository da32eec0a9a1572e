extension ValueMap {
    /// The hash index of a large map's keys.
    ///
    /// ASCII keys, the usual case, are found through an open-addressing table with a cheap
    /// seeded hash of their bytes: two ASCII strings are equal only when their bytes are, so the
    /// table is exact for them. A key with other characters may equal a differently encoded one
    /// (`"é"` as one scalar or two; the Kelvin sign and `"K"`), so those are found through Swift's
    /// own string hashing, which knows canonical equivalence: `general` indexes every key that
    /// way, built when the first such key is stored or looked up.
    struct KeyIndex {
        private struct Slot {
            var hash: Int
            /// `position + 1`, or 0 when the slot is empty.
            var entry: Int
        }

        /// The count is a power of two, at least twice the number of ASCII keys.
        private var slots: [Slot]
        private var asciiKeys = 0
        /// Whether a key that is not ASCII is stored.
        private var hasOtherKeys = false
        private var general: [String: Int]?

        /// An index of `keys`, which are distinct.
        init(_ keys: [String]) {
            var count = 16
            while count < keys.count * 2 { count *= 2 }
            slots = Array(repeating: Slot(hash: 0, entry: 0), count: count)
            for (position, key) in keys.enumerated() { insert(key, at: position, of: keys) }
        }

        /// The position of `key` among `keys`, the keys this index was built for.
        mutating func position(of key: String, in keys: [String]) -> Int? {
            guard let hash = Self.asciiHash(key) else {
                if general == nil { general = Self.generalIndex(keys) }
                return general?[key]
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

        /// Records `keys[position]`, a key that was not present.
        mutating func insert(_ key: String, at position: Int, of keys: [String]) {
            general?[key] = position
            guard let hash = Self.asciiHash(key) else {
                hasOtherKeys = true
                if general == nil { general = Self.generalIndex(keys) }
                return
            }
            asciiKeys += 1
            if asciiKeys * 2 > slots.count { grow() }
            place(Slot(hash: hash, entry: position + 1))
        }

        private mutating func place(_ slot: Slot) {
            let mask = slots.count - 1
            var index = slot.hash & mask
            while slots[index].entry != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }

        private mutating func grow() {
            let old = slots
            slots = Array(repeating: Slot(hash: 0, entry: 0), count: old.count * 2)
            for slot in old where slot.entry != 0 { place(slot) }
        }

        private static func generalIndex(_ keys: [String]) -> [String: Int] {
            var index = [String: Int](minimumCapacity: keys.count)
            for (position, key) in keys.enumerated() { index[key] = position }
            return index
        }
    }
}
