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
///
/// Records of calls that change nothing (reads, planned writes) may be ``defer(_:)``red: they are
/// chained and written together with the next record that is not, or when
/// ``deferredLimit`` of them wait, or at ``flush()`` — one lock and one write for many calls.
public final class AuditLog: Sendable {
    public let path: String
    private let descriptor: Int32
    private let chain: Mutex<Chain>

    /// How many deferred records may wait before they are written.
    public static let deferredLimit = 64

    /// Where the chain stands: the last record's sequence and hash, and the file size they were read
    /// at; and the deferred records not yet written.
    struct Chain {
        var sequence = 0
        var hash = AuditRecord.genesisHash
        var size: Int64 = 0
        var deferred: [AuditRecord] = []
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

    /// Appends `record` after the file's last record (and any deferred ones), setting its
    /// `sequence` and `previousHash`; returns the record as written.
    @discardableResult
    public func append(_ record: AuditRecord) throws(AuditLogError) -> AuditRecord {
        try appendNow(record, sync: false)
    }

    /// Appends the intent record of a live write (after any deferred ones) and fsyncs before returning.
    @discardableResult
    public func writeIntent(_ record: AuditRecord) throws(AuditLogError) -> AuditRecord {
        var intent = record
        intent.outcome = .intent
        return try appendNow(intent, sync: true)
    }

    /// Keeps `record` to write with the next one (see the type's documentation); writes the waiting
    /// records when ``deferredLimit`` of them wait.
    public func `defer`(_ record: AuditRecord) throws(AuditLogError) {
        let full = chain.withLock { chain in
            chain.deferred.append(record)
            return chain.deferred.count >= Self.deferredLimit
        }
        if full { try flush() }
    }

    /// Writes the deferred records, if any. Call it when a run or a REPL entry ends.
    public func flush() throws(AuditLogError) {
        _ = try commit(nil, sync: false)
    }

    private func appendNow(_ record: AuditRecord, sync: Bool) throws(AuditLogError) -> AuditRecord {
        // `commit` gives back the record it was given.
        try commit(record, sync: sync) ?? record
    }

    /// Chains and writes the deferred records and then `record`, in one write under the lock.
    private func commit(_ record: AuditRecord?, sync: Bool) throws(AuditLogError) -> AuditRecord? {
        let result: Result<AuditRecord?, AuditLogError> = chain.withLock { chain in
            let records = chain.deferred + (record.map { [$0] } ?? [])
            guard !records.isEmpty else { return .success(nil) }
            guard flock(descriptor, LOCK_EX) == 0 else { return .failure(failure(writing: false)) }
            defer { flock(descriptor, LOCK_UN) }
            do throws(AuditLogError) {
                try catchUp(&chain)
                var next = chain
                var bytes: [UInt8] = []
                var written = records[0]
                for record in records {
                    written = record
                    written.sequence = next.sequence + 1
                    written.previousHash = next.hash
                    let sealed = written.sealed
                    bytes += sealed.line
                    bytes.append(UInt8(ascii: "\n"))
                    next.sequence = written.sequence
                    next.hash = sealed.hash
                }
                try writeAll(bytes)
                if sync, fsync(descriptor) != 0 { throw failure(writing: true) }
                chain = Chain(sequence: next.sequence, hash: next.hash, size: chain.size + Int64(bytes.count))
                return .success(record == nil ? nil : written)
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
