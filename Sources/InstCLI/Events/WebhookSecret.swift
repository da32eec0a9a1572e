/// The shared secret a delivery must carry in `X-Inst-Secret`: Instantly signs nothing, so the
/// subscription sends this header and `inst serve` refuses deliveries without it.
struct WebhookSecret: Sendable {
    static let header = "X-Inst-Secret"
    static let environmentVariable = "INST_WEBHOOK_SECRET"

    let value: String
    /// Whether it was generated (and so must be shown once, at start-up).
    let isGenerated: Bool

    /// `INST_WEBHOOK_SECRET` when set and not empty, else 32 random bytes in hex.
    init(environment: [String: String]) {
        if let given = environment[Self.environmentVariable], !given.isEmpty {
            value = given
            isGenerated = false
        } else {
            var generator = SystemRandomNumberGenerator()
            value = (0..<32).map { _ in
                let byte = UInt8.random(in: 0...255, using: &generator)
                return String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
            }.joined()
            isGenerated = true
        }
    }

    /// Compares in time independent of where the values differ.
    func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let given = Array(candidate.utf8), expected = Array(value.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }
}
