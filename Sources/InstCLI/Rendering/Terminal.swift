#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal: whether a stream is one, its width, and whether to use colour.
public enum Terminal {
    /// Whether the descriptor is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Columns of the terminal on `descriptor`, or 80 when unknown.
    public static func width(descriptor: Int32 = 1) -> Int {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Colour only on a terminal, never with `NO_COLOR` set (to anything non-empty) or `TERM=dumb`.
    public static func usesColor(descriptor: Int32, environment: [String: String]) -> Bool {
        guard isTerminal(descriptor) else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

/// ANSI styles, applied only when colour is on.
public struct TextStyle: Sendable {
    private let code: String

    public static let bold = TextStyle(code: "1")
    public static let dim = TextStyle(code: "2")
    public static let red = TextStyle(code: "1;31")
    public static let yellow = TextStyle(code: "1;33")
    public static let cyan = TextStyle(code: "36")

    public func apply(_ text: String, when enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
