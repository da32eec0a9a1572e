import Crypto
import InstTransport

/// The SHA-256 digests the audit log records, as lowercase hex.
public enum AuditDigest {
    /// The digest of what a request asks for: `METHOD SP target LF body`, where the target is the
    /// path and query string (``TransportRequest/target``) and the body is empty when there is none.
    /// Headers are never part of it.
    public static func request(_ request: TransportRequest) -> String {
        var hasher = SHA256()
        hasher.update(data: Array("\(request.method.rawValue) \(request.target)\n".utf8))
        hasher.update(data: request.body ?? [])
        return hex(hasher.finalize())
    }

    /// The digest of `bytes` (a script's text, for ``AuditRecord/scriptSHA256``).
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
