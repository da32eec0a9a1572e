import InstLanguage
import InstTransport

/// Finds the secrets a request body or an answer carries and replaces their values with
/// ``placeholder``, keeping the field names, so a plan or an audit record still says *what* is
/// set but never *to what*:
///
/// - every value of a `headers` map (a webhook subscription's `X-Inst-Secret`, an `Authorization`);
/// - fields named like a password, secret or token, at any depth: `password`, `imap_password`,
///   `smtp_password`, `client_secret`, `access_token`, `api_key`, `apiKey`, `private_key`…;
/// - the `key` of the answer to an API-key creation (`POST /api/v2/api-keys`).
///
///     {"name": "inst serve", "headers": {"X-Inst-Secret": "[redacted]"}}
///
/// Only strings and numbers are replaced (an empty string stays: it reveals nothing); `true`,
/// `null` and the field names stay. A plan's `body_sha256` is of the redacted body (beside the
/// body's other fields, a digest of the real one would let a weak password be guessed; dry-run and
/// live plans still agree, both being redacted alike). An audit record's `request_digest` stays
/// over the real bytes: the record keeps no body, and `--resume` matches requests by it.
public enum SecretFields {
    /// What a secret's value becomes.
    public static let placeholder = "[redacted]"

    /// Whether a field called `name` holds a secret (case, `_`, `-` and camelCase do not matter).
    public static func isSecret(_ name: String) -> Bool {
        let words = words(of: name)
        if words.contains(where: secretWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { pair in pair.1 == "key" && keyKinds.contains(pair.0) }
    }

    /// `value` with every secret in it replaced; `answerFields` are secret too at the top level
    /// (the ``answerFields(of:)`` of the request `value` answers).
    public static func redact(_ value: Value, answerFields: Set<String> = []) -> Value {
        guard case .map(let fields) = value, !answerFields.isEmpty else { return redact(value, depth: 0) }
        return .map(ValueMap(fields.entries.map { key, field in
            (key, answerFields.contains(key) ? blank(field) : redact(field, depth: 1))
        }))
    }

    /// The JSON document `json` with every secret in it replaced. Bytes are returned unchanged
    /// when there is nothing to replace or they are not JSON; else the document is printed anew
    /// (compact, fields in their order). `request`: the request `json` answers, if it is an answer.
    public static func redact(json: [UInt8], answering request: TransportRequest? = nil) -> [UInt8] {
        guard !json.isEmpty, let value = try? JSONParser.parse(json) else { return json }
        let redacted = redact(value, answerFields: request.map(answerFields(of:)) ?? [])
        guard redacted != value, let bytes = try? JSONPrinter.bytes(redacted) else { return json }
        return bytes
    }

    /// The top-level fields of the answer to `request` that are secrets whatever their name: the
    /// `key` of a new API key.
    public static func answerFields(of request: TransportRequest) -> Set<String> {
        request.method == .post && request.pathTemplate.rawValue.hasSuffix("/api-keys") ? ["key"] : []
    }

    /// Words that make a field a secret wherever they appear in its name.
    private static let secretWords: Set<String> = [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "authorization", "cookie",
    ]
    /// `…_key` names that are secrets: `api_key`, `private_key`, `access_key`, `signing_key`…
    private static let keyKinds: Set<String> = ["api", "private", "access", "signing", "secret", "license", "encryption"]

    private static func redact(_ value: Value, depth: Int) -> Value {
        guard depth < 64 else { return .string(placeholder) }  // too deep to look through: nothing kept
        switch value {
        case .list(let elements):
            return .list(elements.map { redact($0, depth: depth + 1) })
        case .map(let fields):
            return .map(ValueMap(fields.entries.map { key, field in
                if key.lowercased() == "headers" { return (key, redactHeaders(field)) }
                return (key, isSecret(key) ? blank(field) : redact(field, depth: depth + 1))
            }))
        default:
            return value
        }
    }

    /// A `headers` map keeps its names; its values are blanked.
    private static func redactHeaders(_ value: Value) -> Value {
        guard case .map(let headers) = value else { return blank(value) }
        return .map(ValueMap(headers.entries.map { ($0, blank($1)) }))
    }

    /// `value` with every string and number in it (at any depth) replaced by the placeholder.
    private static func blank(_ value: Value, depth: Int = 0) -> Value {
        switch value {
        case .string(let text): return text.isEmpty ? value : .string(placeholder)
        case .int, .float: return .string(placeholder)
        case .list(let elements) where depth < 64: return .list(elements.map { blank($0, depth: depth + 1) })
        case .map(let fields) where depth < 64: return .map(ValueMap(fields.entries.map { ($0, blank($1, depth: depth + 1)) }))
        case .list, .map: return .string(placeholder)
        default: return value
        }
    }

    /// `imap_password` → imap, password; `apiKey` → api, key; `X-Inst-Secret` → x, inst, secret.
    private static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in name {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousIsLower = false
                continue
            }
            if character.isUppercase && previousIsLower {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousIsLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
