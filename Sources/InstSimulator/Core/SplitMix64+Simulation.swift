import InstTransport

extension SplitMix64 {
    /// A version-4 UUID string: `019a3c5e-…`.
    public mutating func uuid() -> String {
        let high = next(), low = next()
        let hex = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        for index in 0..<32 {
            if [8, 12, 16, 20].contains(index) { bytes.append(UInt8(ascii: "-")) }
            let word = index < 16 ? high : low
            var nibble = Int((word >> UInt64((15 - index % 16) * 4)) & 0xF)
            if index == 12 { nibble = 4 }
            if index == 16 { nibble = 8 | (nibble & 3) }
            bytes.append(hex[nibble])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
