/// Why an audit log could not be opened or written. Messages name the file, never a record's content.
public enum AuditLogError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    /// The file exists and other users may read it (or write it).
    case tooOpen(path: String, mode: UInt32)
    /// The last line is not a complete record, so the chain cannot be continued.
    case damagedTail(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the audit log \(path): \(reason)"
        case .tooOpen(let path, let mode):
            "the audit log \(path) is readable by other users (mode \(String(mode & 0o777, radix: 8))); "
                + "make it private with `chmod 600 \(path)`"
        case .damagedTail(let path, let reason):
            "the audit log \(path) ends with a damaged record (\(reason)); run `inst audit verify \(path)` "
                + "and move the file aside to start a new chain"
        case .writeFailed(let path, let reason):
            "cannot write the audit log \(path): \(reason)"
        }
    }
}
