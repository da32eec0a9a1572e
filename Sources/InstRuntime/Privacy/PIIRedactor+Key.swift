import Crypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PIIRedactor {
    /// What messages about the key file call it.
    static let keyName = "the PII redaction key"

    /// `$XDG_STATE_HOME/inst/pii.key` (by default `~/.local/state/inst/pii.key`).
    public static func keyPath(environment: [String: String]) -> String? {
        StateDirectory.path("pii.key", environment: environment)
    }

    /// The redactor under this machine's key (see ``keyPath(environment:)``), created on first use.
    public static func load(environment: [String: String]) throws(CredentialError) -> PIIRedactor {
        guard let path = keyPath(environment: environment) else {
            throw .unreadableFile(variable: keyName, path: "pii.key", reason: "neither XDG_STATE_HOME nor HOME is set")
        }
        return try load(keyAt: path)
    }

    /// The redactor under the key in the file at `path` (64 hex digits; `#` lines are comments;
    /// refused when others can read it). A missing file is created, mode 0600, with 32 random bytes.
    public static func load(keyAt path: String) throws(CredentialError) -> PIIRedactor {
        if access(path, F_OK) != 0 { try create(keyAt: path) }
        let text = try KeyFile.read(path, variable: keyName)
        guard let key = bytes(hex: text), key.count >= 16 else {
            throw .unreadableFile(variable: keyName, path: path, reason: "it does not hold a key of 32 to 64 hex digits")
        }
        return PIIRedactor(key: key)
    }

    /// Writes a fresh key next to `path` and links it into place, so a concurrent run either
    /// finds the whole file or makes its own and keeps the first one linked.
    private static func create(keyAt path: String) throws(CredentialError) {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        do {
            if !folder.isEmpty { try StateDirectory.create(folder) }
        } catch {
            throw .unreadableFile(variable: keyName, path: path, reason: error.description)
        }
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let text = "# inst: the key --audit-redact-pii hashes emails with; keep it private, keep it to match old logs\n"
            + key.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "\n"
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .unreadableFile(variable: keyName, path: path, reason: String(cString: strerror(errno)))
        }
        defer { unlink(temporary) }
        let written = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.utf8.count, synced, link(temporary, path) == 0 || errno == EEXIST else {
            throw .unreadableFile(variable: keyName, path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0, digits.count <= 128 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
