import InstRuntime

extension Repl {
    /// After an entry in dry-run: the writes it planned (from sequence `first` on), if any.
    func showPlan(from first: Int) {
        guard backend.journal.mode == .dryRun, backend.plan.nextSequence > first else { return }
        console.report(backend.plan.plan(journal: backend.journal, backend: backend.name, from: first).text)
    }

    /// `live`: asks first — from then on, entries send their writes — and `dry-run`: plans them again.
    func switchMode(to command: ReplEntryCommand) {
        switch command {
        case .dryRun:
            backend.journal.mode = .dryRun
            console.output.writeLine("dry-run: writes are planned, not sent")
        case .live:
            guard backend.journal.mode != .live else {
                console.output.writeLine("already live")
                return
            }
            let target = backend.isSimulator ? "the embedded simulator" : "the live workspace"
            console.output.writeLine("Switch to live? Writes and metered calls will be sent to \(target).")
            console.flush()
            guard case .line(let answer) = editor.readLine(prompt: "Type 'yes' to confirm: "),
                  answer.split(whereSeparator: \.isWhitespace) == ["yes"]
            else {
                console.output.writeLine("still dry-run")
                return
            }
            backend.journal.mode = .live
            console.output.writeLine("live: writes are sent")
        case .help, .exit:
            return
        }
    }
}
