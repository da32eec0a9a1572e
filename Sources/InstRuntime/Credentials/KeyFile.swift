#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading an API key from a file (law 2): `#` comment lines and blank lines are skipped, the
/// key is trimmed, and a file other users can read is refused.
enum KeyFile {
    /// Key files are small; anything larger is not a key file.
    static let maxBytes = 64 << 10

    /// The key in the file at `path`; `variable` names where the path came from, for messages.
    static func read(_ path: String, variable: String) throws(CredentialError) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadableFile(variable: variable, path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadableFile(variable: variable, path: path, reason: "not a file")
        }
        guard UInt32(info.st_mode) & 0o077 == 0 else {
            throw .fileTooOpen(variable: variable, path: path, mode: UInt32(info.st_mode))
        }
        let text: String
        do {
            text = try FileSystemText.contents(of: path, command: variable, maxBytes: maxBytes)
        } catch {
            throw .unreadableFile(variable: variable, path: path, reason: "it is not a readable file of at most \(maxBytes / 1024) KiB")
        }
        let keys = keyLines(in: text)
        guard let key = keys.first else { throw .emptyFile(variable: variable, path: path) }
        guard keys.count == 1 else { throw .severalKeys(variable: variable, path: path) }
        return key
    }

    /// The lines of `text` that are not blank and not `#` comments, trimmed.
    static func keyLines(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
