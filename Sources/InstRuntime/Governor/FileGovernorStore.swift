#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// State shared by every `inst` process using the same credentials: one file per credential
/// fingerprint under a directory (`$XDG_STATE_HOME/inst/governor/`), locked with `flock` for each
/// read-modify-write. The file holds one `bucket-name tat-nanoseconds` line per bucket; a line
/// that does not read as one is ignored, so a damaged file costs at most some pacing.
public final class FileGovernorStore: GovernorStore {
    /// The state file's path.
    public let path: String
    private let descriptor: Mutex<Int32>
    private static let maxSize = 64 * 1024

    /// Opens (creating, mode 0600, with its directory 0700) the file for `fingerprint`: an opaque
    /// name for the credential, never the key itself; letters, digits, `-` and `_` only.
    public init(directory: String, fingerprint: String) throws(GovernorStoreError) {
        path = directory + "/" + fingerprint + ".state"
        guard (1...128).contains(fingerprint.utf8.count),
              fingerprint.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw GovernorStoreError(path: directory, reason: "the credential fingerprint must be 1-128 letters, digits, - or _") }
        do {
            try StateDirectory.create(directory)
        } catch {
            throw GovernorStoreError(path: error.path, reason: error.reason)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw GovernorStoreError(path: path, reason: Self.errorText()) }
        descriptor = Mutex(fd)
    }

    deinit {
        descriptor.withLock { _ = close($0) }
    }

    public func withState<T: Sendable>(_ body: (inout [String: Int64]) throws -> T) throws -> T {
        try descriptor.withLock { fd in
            guard flock(fd, LOCK_EX) == 0 else { throw GovernorStoreError(path: path, reason: Self.errorText()) }
            defer { _ = flock(fd, LOCK_UN) }
            var state = Self.parse(try read(fd))
            let before = state
            let result = try body(&state)
            if state != before { try write(Self.format(state), to: fd) }
            return result
        }
    }

    private func read(_ fd: Int32) throws(GovernorStoreError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while bytes.count <= Self.maxSize {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw GovernorStoreError(path: path, reason: Self.errorText())
            }
            if count == 0 { return bytes }
            bytes += buffer[..<count]
            offset += off_t(count)
        }
        return []
    }

    private func write(_ text: String, to fd: Int32) throws(GovernorStoreError) {
        let bytes = Array(text.utf8)
        guard ftruncate(fd, 0) == 0 else { throw GovernorStoreError(path: path, reason: Self.errorText()) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw GovernorStoreError(path: path, reason: Self.errorText())
            }
            offset += count
        }
    }

    static func parse(_ bytes: [UInt8]) -> [String: Int64] {
        var state: [String: Int64] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let tat = Int64(fields[1]) else { continue }
            state[String(fields[0])] = tat
        }
        return state
    }

    static func format(_ state: [String: Int64]) -> String {
        state.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined()
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
