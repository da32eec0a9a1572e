#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A buffered writer for a file descriptor (standard output or error), safe to use from the
/// interpreter's thread and the main thread. Text is flushed at each newline when the stream
/// is line-buffered (standard error, or a terminal), when the buffer grows large, and on ``flush()``.
public final class StandardStream: Sendable {
    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2, lineBuffered: true)

    public let descriptor: Int32
    /// Whether the descriptor is a terminal.
    public let isTerminal: Bool
    /// Whether each complete line is written at once.
    public let isLineBuffered: Bool
    private let buffer = Mutex<[UInt8]>([])
    private static let flushThreshold = 32 * 1024

    /// - Parameter lineBuffered: write each line at once even when not a terminal (for standard error).
    public init(descriptor: Int32, lineBuffered: Bool = false) {
        self.descriptor = descriptor
        self.isTerminal = isatty(descriptor) == 1
        self.isLineBuffered = lineBuffered || isTerminal
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) {
        buffer.withLock { bytes in
            bytes.append(contentsOf: text.utf8)
            if bytes.count >= Self.flushThreshold || (isLineBuffered && bytes.last == UInt8(ascii: "\n")) {
                writeAll(bytes, to: descriptor)
                bytes.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Writes `text` and a newline.
    public func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// Sends everything buffered to the descriptor.
    public func flush() {
        buffer.withLock { bytes in
            writeAll(bytes, to: descriptor)
            bytes.removeAll(keepingCapacity: true)
        }
    }
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count, let base = raw.baseAddress {
            let written = write(descriptor, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
