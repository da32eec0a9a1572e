import InstLanguage
import InstRuntime

/// One session of `inst demo`: a fresh embedded simulator behind the usual layers (dry-run or
/// live), and an interpreter whose entries run as REPL entries do — value shown, then what the
/// entry planned or sent, in one line per write group.
final class DemoSession {
    private let backend: Backend
    private let host: ScriptHost
    private let console: Console
    private var entryCount = 0

    /// What the demo's backend sees: no credentials, no configuration, no audit log, and the
    /// simulator's rate limits off so the tour runs at once. The user's environment is not read.
    static let environment = ["INST_SIM_RATE_LIMITS": "off"]

    /// A session against a fresh simulator, `live` or dry-run; `nil` (reported) if it cannot be set up.
    init?(live: Bool, console: Console) {
        let arguments = live ? ["--sim", "--live"] : ["--sim"]
        guard let options = try? RunOptions.parse(arguments),
              let backend = Backend.make(options: options, console: console, environment: Self.environment)
        else { return nil }
        self.backend = backend
        self.console = console
        self.host = backend.makeHost(
            baseDirectory: ".", allowRead: [], allowWrite: [],
            limits: ExecutionLimits(maxSteps: 100_000, timeout: .seconds(30)), confined: false, console: console)
    }

    /// The prompt a REPL in this session's mode shows: `inst[dry-run·sim]> ` or `inst[LIVE·sim]> `.
    var prompt: String {
        ReplPrompt(mode: backend.journal.mode.rawValue, backend: backend.name).primary
    }

    /// Runs `text` as one REPL entry; shows its value (or its error) and what it planned or sent.
    ///
    /// - Returns: `false` when the entry failed.
    @discardableResult
    func evaluate(_ text: String, showingValue: Bool = true) -> Bool {
        entryCount += 1
        let first = backend.plan.nextSequence
        var succeeded = true
        do {
            let value = try host.evaluate(SourceFile(name: "<demo:\(entryCount)>", text: text))
            if showingValue { console.show(value) }
        } catch {
            succeeded = false
            console.report(ErrorReport.rendered(error))
        }
        if showingValue { showWrites(from: first) }
        console.flush()
        return succeeded
    }

    /// Ends the session: its simulator and interpreter go.
    func close() {
        backend.shutdown()
    }

    /// The writes the last entry planned or sent, short: after a dry-run the advisors' notes (law 7)
    /// and `plan: 2 × POST /api/v2/leads, …; 0 sent`; after a live entry `live: …; 3 sent`.
    private func showWrites(from first: Int) {
        guard backend.plan.nextSequence > first else { return }
        let plan = backend.plan.plan(journal: backend.journal, backend: backend.name, from: first)
        var lines: [String] = []
        if plan.mode == .dryRun {
            lines = plan.notes.map { "  " + $0 } + ["plan: " + plan.summaryText]
        } else {
            lines = ["live: " + plan.summaryText]
        }
        console.output.write(lines.joined(separator: "\n") + "\n")
    }
}
