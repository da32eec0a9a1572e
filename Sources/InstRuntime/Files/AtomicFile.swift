import InstLanguage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replacing a file whole: the bytes go to a temporary file beside it (mode 0600), are flushed to
/// disk, then renamed over the target, so readers and a run stopped midway see either the old
/// file or the new one, never half of it.
public enum AtomicFile {
    /// Replaces the file at `path` (already resolved and granted) with `bytes`.
    ///
    /// - Throws: a runtime error naming `command` and the path when the folder is missing or the
    ///   file cannot be written; the temporary file is removed.
    public static func replace(_ path: String, with bytes: [UInt8], command: String) throws {
        let folder = FilePath.directory(of: path)
        var template = Array((folder + "/.inst-write-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure(command, path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        var ok = true
        while ok && written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno != EINTR { ok = false }
            if count > 0 { written += count }
        }
        let error = ok && fsync(descriptor) == 0 ? nil : failure(command, path)
        close(descriptor)
        if let error {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(command, path)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ command: String, _ path: String) -> ScriptError {
        .runtime("\(command): cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
}
