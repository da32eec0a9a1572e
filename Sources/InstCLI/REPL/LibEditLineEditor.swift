import CLibEdit
import InstRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive line editor: libedit with emacs keys, persistent history, Ctrl-R search,
/// tab completion and Ctrl-C that drops the line being typed.
public final class LibEditLineEditor: LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var prompt: UnsafeMutablePointer<CChar>?
    private var interrupted = false
    /// Completes the text before the cursor; set by the REPL.
    public var complete: ((String) -> Completion)?

    /// - Parameter historyPath: where history is loaded from and saved to; `nil` keeps it in memory.
    public init?(historyPath: String?) {
        guard let editLine = inst_el_init("inst"), let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath.flatMap { HistoryFile.prepare($0) ? $0 : nil }
        configureHistory()
        configureEditor()
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        interrupted = false
        var count: Int32 = 0
        errno = 0
        let line = el_gets(editLine, &count)
        if interrupted || (line == nil && count < 0 && errno == EINTR) { return .interrupted }
        guard let line, count > 0 else {
            StandardStream.output.write("\n")
            StandardStream.output.flush()
            return .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    public func addToHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        inst_history_enter(history, line)
        if let historyPath { inst_history_save(history, historyPath) }
    }

    private func configureHistory() {
        inst_history_set_size(history, 1000)
        inst_history_set_unique(history, 1)
        if let historyPath { inst_history_load(history, historyPath) }
        inst_el_set_history(editLine, history)
    }

    private func configureEditor() {
        inst_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        inst_el_set_editor(editLine, "emacs")
        // Restore the terminal if a signal arrives mid-line; keep Ctrl-C as a key (bound below).
        inst_el_set_signal(editLine, 1)
        inst_el_set_tty(editLine, "-d", "-isig")
        inst_el_set_prompt(editLine) { editLine in
            LibEditLineEditor.owner(of: editLine)?.prompt
        }
        inst_el_add_function(editLine, "inst-complete", "Complete the word before the cursor") { editLine, _ in
            LibEditLineEditor.owner(of: editLine)?.completeWord() ?? inst_cc_error
        }
        inst_el_add_function(editLine, "inst-interrupt", "Drop the line being typed") { editLine, _ in
            LibEditLineEditor.owner(of: editLine)?.interrupt() ?? inst_cc_error
        }
        inst_el_bind(editLine, "^I", "inst-complete")
        inst_el_bind(editLine, "^C", "inst-interrupt")
        inst_el_bind(editLine, "^R", "em-inc-search-prev")
        // Read ~/.editrc for the user's own bindings.
        el_source(editLine, nil)
    }

    private static func owner(of editLine: OpaquePointer?) -> LibEditLineEditor? {
        guard let editLine, let data = inst_el_client_data(editLine) else { return nil }
        return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Ctrl-C: show `^C` after the line, end it, and report it dropped.
    private func interrupt() -> UInt8 {
        interrupted = true
        inst_el_cursor_to_end(editLine)
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return inst_cc_refresh
    }

    private func completeWord() -> UInt8 {
        guard let complete else { return inst_cc_refresh_beep }
        let offset = Int(inst_el_cursor_offset(editLine))
        let bytes = UnsafeRawBufferPointer(start: inst_el_buffer(editLine), count: offset)
        let completion = complete(String(decoding: bytes, as: UTF8.self))
        if completion.candidates.isEmpty { return inst_cc_refresh_beep }
        let insertion = completion.insertion
        if !insertion.isEmpty {
            el_insertstr(editLine, insertion)
            return inst_cc_refresh
        }
        StandardStream.output.write("\n" + CandidateColumns(completion.candidates).rendered(width: Terminal.width()))
        StandardStream.output.flush()
        return inst_cc_redisplay
    }
}
