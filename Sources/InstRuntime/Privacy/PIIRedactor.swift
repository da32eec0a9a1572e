import Crypto
import InstTransport

/// Replaces email addresses with keyed hashes (`--audit-redact-pii`): `ada@northwind.test`
/// becomes `pii:hmac:3f1c…` (HMAC-SHA-256 under a per-machine key, the first 8 bytes in hex).
/// The same address always gives the same token on one machine — so records can still be
/// matched — while nobody without the key can test a guessed address against it.
public struct PIIRedactor: Sendable, CustomStringConvertible, CustomReflectable {
    private let key: [UInt8]

    /// What every token starts with.
    public static let prefix = "pii:hmac:"

    /// A redactor under `key` (at least 16 bytes; see ``load(environment:)`` for the machine's key).
    public init(key: [UInt8]) {
        self.key = key
    }

    public var description: String { "PIIRedactor(\(Secret.redacted))" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The token for `email`; case and surrounding spaces do not change it.
    public func token(for email: String) -> String {
        let normalized = email[...].trimmingWhitespace().lowercased()
        let code = HMAC<SHA256>.authenticationCode(for: Array(normalized.utf8), using: SymmetricKey(data: key))
        return Self.prefix + code.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// `text` with every email address in it replaced by its token.
    public func redact(text: String) -> String {
        let ranges = EmailScanner.ranges(in: text)
        guard !ranges.isEmpty else { return text }
        var result = ""
        var start = text.startIndex
        for range in ranges {
            result += text[start..<range.lowerBound]
            result += token(for: String(text[range]))
            start = range.upperBound
        }
        return result + text[start...]
    }

    /// The JSON document `json` with every email address inside its strings (values and keys)
    /// replaced by its token; everything else is kept byte for byte. Bytes that are not JSON
    /// are treated the same way as far as their strings can be found.
    public func redact(json: [UInt8]) -> [UInt8] {
        JSONStrings.rewrite(json) { text in
            let redacted = redact(text: text)
            return redacted == text ? nil : redacted
        }
    }
}
