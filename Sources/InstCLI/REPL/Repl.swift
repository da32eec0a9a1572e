import InstLanguage
import InstRuntime

/// The read–eval–print loop: reads entries (several lines while one is open), evaluates them
/// against one session, prints values, diagnostics and errors, and handles `help`, `exit`,
/// `live` and `dry-run`.
final class Repl {
    private let host: ScriptHost
    let editor: any LineEditor
    let console: Console
    /// Where API calls go; its journal holds the session's mode (dry-run until `live` is confirmed).
    let backend: Backend
    private var entryCount = 0
    private var failed = false

    init(host: ScriptHost, editor: any LineEditor, console: Console, backend: Backend) {
        self.host = host
        self.editor = editor
        self.console = console
        self.backend = backend
        if let libedit = editor as? LibEditLineEditor {
            libedit.complete = { [unowned self] text in completer().complete(text) }
        }
    }

    /// Runs until `exit` or end of input. Piped input ends with 1 if an entry failed.
    func run() -> ExitStatus {
        if editor.isInteractive {
            console.output.writeLine("inst — `help` lists commands, `exit` or Ctrl-D leaves.")
            console.flush()
        }
        var entry = ""
        while true {
            let prompt = ReplPrompt(mode: backend.journal.mode.rawValue, backend: backend.name)
            let shown = entry.isEmpty ? prompt.primary : ReplPrompt.continuation
            // Reset before reading: a Ctrl-C from the moment the line is entered belongs to its evaluation.
            Interrupts.flag.reset()
            switch editor.readLine(prompt: shown) {
            case .end:
                if !entry.isEmpty { evaluate(entry) }
                return status
            case .interrupted:
                entry = ""
            case .line(let line):
                editor.addToHistory(line)
                if entry.isEmpty, let command = ReplEntryCommand(line) {
                    if command == .exit { return status }
                    perform(command)
                    continue
                }
                entry += entry.isEmpty ? line : "\n" + line
                if !Parser.needsContinuation(entry) {
                    evaluate(entry)
                    entry = ""
                }
            }
        }
    }

    /// How the session ends: piped input that had a failing entry exits with 1, like a script.
    private var status: ExitStatus {
        failed && !editor.isInteractive ? .scriptError : .success
    }

    private func evaluate(_ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        entryCount += 1
        let firstPlanned = backend.plan.nextSequence
        do {
            let value = try host.evaluate(SourceFile(name: "<repl:\(entryCount)>", text: text))
            console.show(value)
        } catch let error as ScriptError where error.kind == .cancelled {
            console.interrupted(at: error.span)
        } catch {
            failed = true
            console.report(ErrorReport.rendered(error))
        }
        showPlan(from: firstPlanned)
        backend.flushAudit()
        console.flush()
    }

    private func perform(_ command: ReplEntryCommand) {
        let help = CommandHelp(interpreter: host.interpreter)
        switch command {
        case .help(nil):
            console.output.write(help.overview())
        case .help(let name?):
            if let text = help.describe(name) {
                console.output.write(text)
            } else {
                console.fail("no command named '\(name)'")
            }
        case .live, .dryRun:
            switchMode(to: command)
        case .exit:
            break
        }
        console.flush()
    }

    private func completer() -> Completer {
        let interpreter = host.interpreter
        let commands = interpreter.commandNames.compactMap(interpreter.commandSpec(named:)).map(CompletionCatalog.Command.init)
        return Completer(catalog: CompletionCatalog(
            commands: commands,
            variables: interpreter.variableNames,
            statementWords: CompletionCatalog.keywords + ReplEntryCommand.words
        ))
    }
}
