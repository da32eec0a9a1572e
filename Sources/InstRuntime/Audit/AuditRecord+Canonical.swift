import Crypto
import InstLanguage

/// The canonical form, which the hash covers and each line of the file is built from.
///
/// A JSON object with no spaces, keys in exactly this order, absent values as `null`, strings
/// escaped as ``JSONPrinter`` escapes them (`"`, `\` and control characters; other text as UTF-8):
///
///     {"version":1,"sequence":1,"time":"…","run_id":"…","mode":"dry-run","script":null,
///      "script_sha256":null,"line":null,"operation":"…","method":"GET","path_template":"…",
///      "effect":"read","request_digest":"…","dry_run":false,"status":200,"latency_us":12,
///      "wait_us":0,"outcome":"sent","units":null,"note":null,"answer":null,"prev_hash":"…"}
///
/// `units`, `note` and `answer` are in version 2 records only: a version 1 record's canonical form
/// goes from `outcome` to `prev_hash`, so logs written before version 2 still verify.
///
/// A line of the file is the canonical form with `,"hash":"…"` inserted before its closing brace,
/// where the hash is `SHA-256(prev_hash as its 64 hex characters ‖ canonical form)`, lowercase hex.
extension AuditRecord {
    /// The record's fields in canonical order.
    var canonicalFields: [(String, Value)] {
        [
            ("version", .int(version)),
            ("sequence", .int(sequence)),
            ("time", .string(time)),
            ("run_id", .string(runID)),
            ("mode", .string(mode.rawValue)),
            ("script", scriptPath.map(Value.string) ?? .null),
            ("script_sha256", scriptSHA256.map(Value.string) ?? .null),
            ("line", line.map(Value.int) ?? .null),
            ("operation", .string(operation)),
            ("method", .string(method)),
            ("path_template", .string(pathTemplate)),
            ("effect", .string(effect)),
            ("request_digest", .string(requestDigest)),
            ("dry_run", .bool(dryRun)),
            ("status", status.map(Value.int) ?? .null),
            ("latency_us", latencyMicroseconds.map(Value.int) ?? .null),
            ("wait_us", waitMicroseconds.map(Value.int) ?? .null),
            ("outcome", .string(outcome.rawValue)),
        ] + versionTwoFields + [
            ("prev_hash", .string(previousHash)),
        ]
    }

    private var versionTwoFields: [(String, Value)] {
        guard version >= 2 else { return [] }
        return [
            ("units", units.map(Value.int) ?? .null),
            ("note", note.map(Value.string) ?? .null),
            ("answer", answer.map(Value.string) ?? .null),
        ]
    }

    /// The canonical form's UTF-8 bytes (see the extension's documentation).
    public var canonicalBytes: [UInt8] {
        // Only strings, integers, booleans and null: printing cannot fail.
        (try? JSONPrinter.bytes(.map(ValueMap(canonicalFields)))) ?? []
    }

    /// `SHA-256(previousHash ‖ canonical form)`, lowercase hex.
    public var hash: String { hash(ofCanonical: canonicalBytes) }

    /// The line as the file holds it, without its newline: the canonical form and its hash.
    public var jsonLine: [UInt8] { sealed.line }

    /// The line as the file holds it and the record's hash, from one encoding of the record.
    var sealed: (line: [UInt8], hash: String) {
        let canonical = canonicalBytes
        let hash = hash(ofCanonical: canonical)
        return (jsonLine(canonical: canonical, hash: hash), hash)
    }

    private func hash(ofCanonical canonical: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(previousHash.utf8))
        hasher.update(data: canonical)
        return AuditDigest.hex(hasher.finalize())
    }

    /// The canonical form with `,"hash":HASH` before its closing brace.
    func jsonLine(hash: String) -> [UInt8] {
        jsonLine(canonical: canonicalBytes, hash: hash)
    }

    private func jsonLine(canonical: [UInt8], hash: String) -> [UInt8] {
        var bytes = canonical
        bytes.removeLast()
        bytes += Array(",\"hash\":".utf8)
        bytes += (try? JSONPrinter.bytes(.string(hash))) ?? []
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}
