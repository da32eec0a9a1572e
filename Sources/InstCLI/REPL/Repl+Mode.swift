import InstRuntime

extension Repl {
    /// `live`: asks first — from then on, entries send their writes — and `dry-run`: plans them again.
    func switchMode(to command: ReplEntryCommand) {
        switch command {
        case .dryRun:
            journal.mode = .dryRun
            console.output.writeLine("dry-run: writes are planned, not sent")
        case .live:
            guard journal.mode != .live else {
                console.output.writeLine("already live")
                return
            }
            let target = backendName == "sim" ? "the embedded simulator" : "the live workspace"
            console.output.writeLine("Switch to live? Writes and metered calls will be sent to \(target).")
            console.flush()
            guard case .line(let answer) = editor.readLine(prompt: "Type 'yes' to confirm: "),
                  answer.split(whereSeparator: \.isWhitespace) == ["yes"]
            else {
                console.output.writeLine("still dry-run")
                return
            }
            journal.mode = .live
            console.output.writeLine("live: writes are sent")
        case .help, .exit:
            return
        }
    }
}
