import InstTransport

/// An opaque name for one service's credentials — the base URL and a SHA-256 of the token,
/// hashed again — so every `inst` process using the same key against the same server finds the
/// same shared rate budget (``FileGovernorStore``) without the key ever being written down.
///
///     CredentialFingerprint.make(service: .instantly, baseURL: "https://api.instantly.ai", token: key)
///     // "instantly-3f9a…" (the service name and 32 hex digits)
public enum CredentialFingerprint {
    /// `SERVICE-HEX32`: the first 128 bits of `SHA-256("inst.governor/1" LF service LF baseURL LF SHA-256(token))`
    /// in hex. The base URL is compared without case and without trailing slashes.
    public static func make(service: ServiceName, baseURL: String, token: Secret) -> String {
        var url = Substring(baseURL.lowercased())
        while url.hasSuffix("/") { url = url.dropLast() }
        let material = "inst.governor/1\n\(service.rawValue)\n\(url)\n\(AuditDigest.sha256(token.reveal().utf8))"
        let name = service.rawValue.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return (name.isEmpty ? "service" : String(name.prefix(32))) + "-" + AuditDigest.sha256(material.utf8).prefix(32)
    }
}
