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
///      "wait_us":0,"outcome":"sent","units":null,"note":null,"answer":null,"backend":"sim",
///      "via":null,"prev_hash":"…"}
///
/// `units`, `note` and `answer` are in version 2 records and later, `backend` and `via` in version 3
/// records: an older record's canonical form leaves out the fields of later versions, so logs
/// written before them still verify (a version 1 record goes from `outcome` to `prev_hash`).
///
/// A line of the file is the canonical form with `,"hash":"…"` inserted before its closing brace,
/// where the hash is `SHA-256(prev_hash as its 64 hex characters ‖ canonical form)`, lowercase hex.
extension AuditRecord {
    /// The canonical form's UTF-8 bytes (see the extension's documentation), written field by
    /// field: every append encodes one record, so no intermediate values are built.
    public var canonicalBytes: [UInt8] {
        var form = CanonicalForm()
        form.field("version", version)
        form.field("sequence", sequence)
        form.field("time", time)
        form.field("run_id", runID)
        form.field("mode", mode.rawValue)
        form.field("script", scriptPath)
        form.field("script_sha256", scriptSHA256)
        form.field("line", line)
        form.field("operation", operation)
        form.field("method", method)
        form.field("path_template", pathTemplate)
        form.field("effect", effect)
        form.field("request_digest", requestDigest)
        form.field("dry_run", dryRun)
        form.field("status", status)
        form.field("latency_us", latencyMicroseconds)
        form.field("wait_us", waitMicroseconds)
        form.field("outcome", outcome.rawValue)
        if version >= 2 {
            form.field("units", units)
            form.field("note", note)
            form.field("answer", answer)
        }
        if version >= 3 {
            form.field("backend", backend)
            form.field("via", via)
        }
        form.field("prev_hash", previousHash)
        return form.closed()
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
        JSONPrinter.appendQuoted(hash, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }
}

/// A JSON object written as the canonical form requires: no spaces, fields in the order given,
/// `null` for absent values, strings escaped by ``JSONPrinter``.
private struct CanonicalForm {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    init() {
        bytes.reserveCapacity(768)
    }

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONPrinter.appendQuoted(value, to: &bytes) } else { bytes += Self.null }
    }

    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        bytes += value.map { Array(String($0).utf8) } ?? Self.null
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bytes += Array((value ? "true" : "false").utf8)
    }

    /// The object, closed.
    consuming func closed() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    private mutating func key(_ name: String) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        JSONPrinter.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    private static let null = Array("null".utf8)
}
