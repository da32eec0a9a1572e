/// Character (grapheme cluster) counting and indexing with a fast path for ASCII text, where
/// every byte is one character except the pair `\r\n`, which is one.
extension String {
    /// `count`, without walking grapheme clusters when the text is ASCII.
    var characterCount: Int {
        var text = self
        return text.withUTF8(Self.asciiCharacterCount) ?? count
    }

    /// The number of characters in ASCII text, or `nil` when `bytes` are not all ASCII. Reads
    /// eight bytes at a time; only text with a `\r` is looked at byte by byte, for `\r\n` pairs.
    private static func asciiCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        let returns = ones &* UInt64(UInt8(ascii: "\r"))
        var combined: UInt64 = 0
        // A byte of `word ^ returns` is zero where `word` has a `\r`; the classic zero-byte test.
        var sawReturn: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let matched = word ^ returns
            combined |= word
            sawReturn |= (matched &- ones) & ~matched
            offset &+= 8
        }
        while offset < bytes.count {
            combined |= UInt64(bytes[offset])
            if bytes[offset] == UInt8(ascii: "\r") { sawReturn = highBits }
            offset &+= 1
        }
        guard combined & highBits == 0 else { return nil }
        guard sawReturn & highBits != 0 else { return bytes.count }
        var pairs = 0
        for position in bytes.indices.dropFirst()
        where bytes[position] == UInt8(ascii: "\n") && bytes[position - 1] == UInt8(ascii: "\r") {
            pairs += 1
        }
        return bytes.count - pairs
    }

    /// The character at `offset` (from the start, not negative), or `nil` when out of range.
    func character(atOffset offset: Int) -> String? {
        guard offset >= 0 else { return nil }
        if let byte = asciiCharacter(atOffset: offset) { return String(UnicodeScalar(byte)) }
        guard let index = index(startIndex, offsetBy: offset, limitedBy: endIndex), index < endIndex else { return nil }
        return String(self[index])
    }

    /// The character at `offset` when it is the byte at `offset`: that byte, the ones before it
    /// and the one after it are ASCII and none is `\r` (so no `\r\n` pair shifts the offsets).
    /// Reads only that far.
    private func asciiCharacter(atOffset offset: Int) -> UInt8? {
        var text = self
        return text.withUTF8 { bytes -> UInt8? in
            guard offset < bytes.count else { return nil }
            for position in 0...min(offset + 1, bytes.count - 1)
            where bytes[position] >= 0x80 || bytes[position] == UInt8(ascii: "\r") {
                return nil
            }
            return bytes[offset]
        }
    }
}
