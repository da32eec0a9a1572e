/// A hash that is the same in every process (Swift's `Hasher` is seeded per run), so behaviour drawn
/// from record ids replays exactly.
enum StableHash {
    /// FNV-1a over the text and a salt, finished with SplitMix64's mixer.
    static func value(_ text: String, salt: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ salt
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }

    /// A uniform draw in 0..<1.
    static func unit(_ text: String, salt: UInt64) -> Double {
        Double(value(text, salt: salt) >> 11) / Double(UInt64(1) << 53)
    }
}
