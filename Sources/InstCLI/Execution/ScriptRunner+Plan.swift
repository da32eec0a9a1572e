import Foundation
import InstRuntime

extension ScriptRunner {
    /// What the runner does once a script has run (failed runs too: the plan so far): after a
    /// dry-run that planned writes, prints the plan to standard error; with `--plan FILE`,
    /// saves it as JSON, whole or not at all (temporary file, then rename), in both modes.
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
            try Data(plan.json()).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            console.fail("cannot write the plan to \(path): \(error.localizedDescription)")
            return false
        }
    }
}
