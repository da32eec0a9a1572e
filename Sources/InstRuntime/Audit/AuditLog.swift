import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends hash-chained records to a JSONL audit file.
///
/// The file is opened with `O_APPEND` and created with mode 0600; an existing file that other
/// users can read is refused. The chain continues from the file's last record, also when another
/// writer (another `inst` process) appended in between: each append locks the file (`flock`) and
/// rereads the tail if the file grew. ``writeIntent(_:)`` fsyncs, so a live write's intent is on
/// disk before the write is sent; other records are left to the system to flush.
public final class AuditLog: Sendable {
    public let path: String
    private let descriptor: Int32
    private let chain: Mutex<Chain>

    /// Where the chain stands: the last record's sequence and hash, and the file size they were read at.
    struct Chain {
        var sequence = 0
        var hash = AuditRecord.genesisHash
        var size: Int64 = 0
    }

    /// Opens (creating it and its folders if needed) the audit file at `path`.
    public init(path: String) throws(AuditLogError) {
        self.path = path
        // A folder that cannot be made shows as the open failing below.
        try? StateDirectory.create(FilePath.directory(of: path))
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .cannotOpen(path: path, reason: "not a regular file")
        }
        guard UInt32(info.st_mode) & 0o077 == 0 else {
            close(descriptor)
            throw .tooOpen(path: path, mode: UInt32(info.st_mode))
        }
        self.descriptor = descriptor
        self.chain = Mutex(Chain())
    }

    deinit {
        close(descriptor)
    }

    /// `$XDG_STATE_HOME/inst/audit.jsonl`, by default `~/.local/state/inst/audit.jsonl`; `nil`
    /// when neither `XDG_STATE_HOME` nor `HOME` is set.
    public static func defaultPath(environment: [String: String]) -> String? {
        StateDirectory.path("audit.jsonl", environment: environment)
    }

    /// Appends `record` after the file's last record, setting its `sequence` and `previousHash`;
    /// returns the record as written.
    @discardableResult
    public func append(_ record: AuditRecord) throws(AuditLogError) -> AuditRecord {
        try append(record, sync: false)
    }

    /// Appends the intent record of a live write and fsyncs before returning.
    @discardableResult
    public func writeIntent(_ record: AuditRecord) throws(AuditLogError) -> AuditRecord {
        var intent = record
        intent.outcome = .intent
        return try append(intent, sync: true)
    }

    private func append(_ record: AuditRecord, sync: Bool) throws(AuditLogError) -> AuditRecord {
        let result: Result<AuditRecord, AuditLogError> = chain.withLock { chain in
            guard flock(descriptor, LOCK_EX) == 0 else { return .failure(failure(writing: false)) }
            defer { flock(descriptor, LOCK_UN) }
            do throws(AuditLogError) {
                try catchUp(&chain)
                var written = record
                written.sequence = chain.sequence + 1
                written.previousHash = chain.hash
                let sealed = written.sealed
                let line = sealed.line + [UInt8(ascii: "\n")]
                try writeAll(line)
                if sync, fsync(descriptor) != 0 { throw failure(writing: true) }
                chain = Chain(sequence: written.sequence, hash: sealed.hash, size: chain.size + Int64(line.count))
                return .success(written)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Rereads the last record if the file is not the size this writer last saw.
    private func catchUp(_ chain: inout Chain) throws(AuditLogError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(writing: false) }
        let size = Int64(info.st_size)
        guard size != chain.size else { return }
        chain = try AuditTail.read(descriptor: descriptor, size: size, path: path)
    }

    private func writeAll(_ bytes: [UInt8]) throws(AuditLogError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(writing: true)
            }
            offset += count
        }
    }

    private func failure(writing: Bool) -> AuditLogError {
        let reason = String(cString: strerror(errno))
        return writing ? .writeFailed(path: path, reason: reason) : .cannotOpen(path: path, reason: reason)
    }
}
