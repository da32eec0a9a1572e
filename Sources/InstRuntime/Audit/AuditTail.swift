#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading where an audit file's chain stands from its last line, without reading the whole file.
enum AuditTail {
    /// The last record's sequence and hash; the genesis for an empty file.
    static func read(descriptor: Int32, size: Int64, path: String) throws(AuditLogError) -> AuditLog.Chain {
        guard size > 0 else { return AuditLog.Chain() }
        var window: Int64 = 4096
        while true {
            let start = max(0, size - window)
            let bytes = try readBytes(descriptor: descriptor, from: start, count: Int(size - start), path: path)
            guard bytes.last == UInt8(ascii: "\n") else {
                throw .damagedTail(path: path, reason: "the last line is incomplete")
            }
            let body = bytes.dropLast()
            if let newline = body.lastIndex(of: UInt8(ascii: "\n")) {
                return try chain(from: body[(newline + 1)...], size: size, path: path)
            }
            if start == 0 { return try chain(from: body, size: size, path: path) }
            window *= 4
        }
    }

    private static func chain(from line: ArraySlice<UInt8>, size: Int64, path: String) throws(AuditLogError) -> AuditLog.Chain {
        do {
            let parsed = try AuditRecord.parse(line: line)
            return AuditLog.Chain(sequence: parsed.record.sequence, hash: parsed.claimedHash, size: size)
        } catch {
            throw .damagedTail(path: path, reason: error.summary)
        }
    }

    private static func readBytes(descriptor: Int32, from offset: Int64, count: Int, path: String) throws(AuditLogError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes[done...].withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset) + off_t(done)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw .cannotOpen(path: path, reason: "could not read its last record") }
            done += got
        }
        return bytes
    }
}
