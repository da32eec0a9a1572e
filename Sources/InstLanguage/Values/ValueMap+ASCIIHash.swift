extension ValueMap.IndexedStorage {
    /// Random per process, so which keys collide cannot be planned from outside.
    private static let seed = UInt64.random(in: .min ... .max)

    /// A hash of `key`'s bytes when they are all ASCII, else `nil`. Mixes eight bytes at a time.
    @inline(__always)
    static func asciiHash(_ key: String) -> Int? {
        if let hash = key.utf8.withContiguousStorageIfAvailable(asciiHash) { return hash }
        return Array(key.utf8).withUnsafeBufferPointer(asciiHash)
    }

    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: seed) }
        var hash = seed ^ UInt64(truncatingIfNeeded: bytes.count)
        var combined: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            combined |= word
            hash = mix(hash, word)
            offset &+= 8
        }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            word |= UInt64(base[offset]) &<< shift
            shift &+= 8
            offset &+= 1
        }
        combined |= word
        guard combined & 0x8080_8080_8080_8080 == 0 else { return nil }
        hash = mix(hash, word)
        return Int(truncatingIfNeeded: hash ^ (hash &>> 32))
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed &>> 29)
    }
}
