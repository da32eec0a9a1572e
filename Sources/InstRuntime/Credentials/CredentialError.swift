/// Why credentials could not be read. Messages name the variable and the file, never the key.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Both `NAME` and `NAME_FILE` are set, so which key to use is unclear.
    case ambiguous(variable: String, fileVariable: String)
    /// The key file could not be read.
    case unreadableFile(variable: String, path: String, reason: String)
    /// The key file can be read by other users.
    case fileTooOpen(variable: String, path: String, mode: UInt32)
    /// The key file holds no key once comments and blank lines are skipped.
    case emptyFile(variable: String, path: String)
    /// The key file holds more than one line that could be a key.
    case severalKeys(variable: String, path: String)
    /// The key holds spaces or control characters, which no key has and which would break the header.
    case malformedKey(variable: String)
    /// A base URL that is not `http(s)://host…`.
    case invalidBaseURL(variable: String, value: String)

    public var description: String {
        switch self {
        case .ambiguous(let variable, let fileVariable):
            "both \(variable) and \(fileVariable) are set: unset one of them"
        case .unreadableFile(let variable, let path, let reason):
            "\(variable): cannot read the key file '\(path)': \(reason)"
        case .fileTooOpen(let variable, let path, let mode):
            "\(variable): the key file '\(path)' can be read by other users (mode \(String(mode & 0o777, radix: 8))): run `chmod 600 \(path)`"
        case .emptyFile(let variable, let path):
            "\(variable): the key file '\(path)' holds no key (only comments or blank lines)"
        case .severalKeys(let variable, let path):
            "\(variable): the key file '\(path)' holds more than one key line; keep one (other lines may be # comments)"
        case .malformedKey(let variable):
            "\(variable): the key contains spaces or control characters; check how it was copied"
        case .invalidBaseURL(let variable, let value):
            "\(variable) must be an http:// or https:// URL such as https://api.instantly.ai (got '\(value)')"
        }
    }
}
