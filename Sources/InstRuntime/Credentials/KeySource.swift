import InstTransport

/// Where one service's key comes from — the key itself or a key file — and how messages name
/// that place (`INSTANTLY_API_KEY_FILE`, `instantly_api_key_file of profile 'acme'`). The key is
/// held as a ``Secret``, so describing a source never shows it.
public enum KeySource: Sendable, Equatable {
    /// The key itself, from an environment variable or a profile's inline key.
    case value(Secret, origin: String)
    /// A key file's path (law 2: `#` comment lines skipped, refused when others can read it).
    case file(String, origin: String)

    /// What messages call this source.
    public var origin: String {
        switch self {
        case .value(_, let origin), .file(_, let origin): origin
        }
    }

    /// The key, trimmed; `nil` when it is empty.
    ///
    /// - Throws: ``CredentialError`` for an unreadable, open, empty or ambiguous key file, and
    ///   for a key holding spaces or control characters (which would break the header).
    public func read() throws(CredentialError) -> Secret? {
        let key: String
        switch self {
        case .value(let secret, _): key = secret.reveal()[...].trimmingWhitespace()
        case .file(let path, let origin): key = try KeyFile.read(path, variable: origin)
        }
        guard !key.isEmpty else { return nil }
        guard key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
            throw .malformedKey(variable: origin)
        }
        return Secret(key)
    }
}

extension KeySource {
    /// Whether the key itself is held (rather than a key file's path).
    public var isInline: Bool {
        if case .value = self { true } else { false }
    }
}
