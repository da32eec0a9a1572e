/// The script a run executes, as plans and audit records name it.
public struct ScriptIdentity: Sendable, Equatable {
    /// The path as given on the command line.
    public var path: String
    /// The script text's SHA-256, lowercase hex.
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    /// The identity of `text` read from `path`.
    public init(path: String, text: String) {
        self.init(path: path, sha256: AuditDigest.sha256(Array(text.utf8)))
    }
}
