import InstRuntime

/// Plays ``DemoStep/tour`` to a console: titles and explanations, each entry echoed after the
/// prompt a REPL in that mode shows, then its output. Non-interactive, so it reads the same piped.
struct DemoTour {
    let console: Console

    /// Plays the tour; ``ExitStatus/scriptError`` if an entry failed (the tour goes on regardless).
    func run() -> ExitStatus {
        Interrupts.install()
        guard var session = DemoSession(live: false, console: console) else { return .usage }
        var definitions: [String] = []
        var failed = false
        var section = 0
        for step in DemoStep.tour {
            if Interrupts.flag.isCancelled { break }
            switch step {
            case .section(let title):
                section += 1
                if section > 1 { say("") }
                say(styled("\(section). \(title)", .bold))
            case .say(let text):
                say(styled(text, .cyan))
            case .run(let entry), .define(let entry):
                echo(entry, prompt: session.prompt)
                failed = !session.evaluate(entry) || failed
                if case .define = step { definitions.append(entry) }
            case .goLive:
                session.close()
                guard let live = DemoSession(live: true, console: console) else { return .usage }
                session = live
                for entry in definitions { failed = !session.evaluate(entry, showingValue: false) || failed }
            }
        }
        session.close()
        say("")
        for line in DemoStep.nextSteps { say(line) }
        console.flush()
        if Interrupts.flag.isCancelled { return .interrupted }
        return failed ? .scriptError : .success
    }

    private func say(_ text: String) {
        console.output.writeLine(text)
    }

    /// `entry` as typed at `prompt`, its later lines after the continuation prompt.
    private func echo(_ entry: String, prompt: String) {
        let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            say(styled(index == 0 ? prompt : ReplPrompt.continuation, .dim) + line)
        }
    }

    private func styled(_ text: String, _ style: TextStyle) -> String {
        style.apply(text, when: console.outputColor)
    }
}
