import InstLanguage
import InstRuntime

extension ScriptRunner {
    /// What the runner does once a script has run (failed runs too: the plan so far): after a
    /// dry-run that planned writes, prints the plan to standard error; with `--plan FILE`,
    /// saves it as JSON, whole or not at all (temporary file, then rename; mode 0600), in both modes.
    /// `parameters` are the script's parameters as the run gave them.
    ///
    /// - Returns: `false` when the plan file could not be written (the error is reported).
    @discardableResult
    func finishPlan(backend: Backend, console: Console, options: RunOptions, parameters: [String: String]) -> Bool {
        let plan = backend.plan.plan(journal: backend.journal, backend: backend.name, parameters: parameters)
        if plan.mode == .dryRun && !plan.entries.isEmpty {
            console.flush()
            console.report(plan.text)
        }
        guard let path = options.plan else { return true }
        do {
            // Mode 0600: a plan holds lead emails.
            try AtomicFile.replace(path, with: plan.json(), command: "--plan")
            return true
        } catch {
            console.fail((error as? ScriptError)?.message ?? "--plan: cannot write '\(path)': \(error)")
            return false
        }
    }
}
