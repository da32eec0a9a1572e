/// What reading one line of input produced.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at the prompt: the line (and any open multi-line entry) is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// Reads the REPL's input a line at a time.
public protocol LineEditor: AnyObject {
    /// Whether prompts and banners should be shown (a person is typing).
    var isInteractive: Bool { get }
    /// Reads one line, showing `prompt` when interactive.
    func readLine(prompt: String) -> LineInput
    /// Records an entered line in the history (and its file, if any).
    func addToHistory(_ line: String)
}

/// Reads lines from standard input without prompts or editing: for piped input
/// (`echo 'print 1' | inst`), so the REPL can be scripted.
public final class PlainLineEditor: LineEditor {
    private let read: () -> String?

    /// - Parameter read: the line source; standard input by default.
    public init(read: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
        self.read = read
    }

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineInput {
        read().map(LineInput.line) ?? .end
    }

    public func addToHistory(_ line: String) {}
}
