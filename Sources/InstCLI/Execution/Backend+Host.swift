import InstLanguage
import InstRuntime

extension Backend {
    /// A script host on this backend: its modules, its journal's sandbox (`confined`: held to the
    /// script's `require` lines, as `inst run` is), Ctrl-C, output on `console`; and an explanation
    /// for the namespaces this backend leaves out (`sim.*` against live services).
    func makeHost(
        baseDirectory: String, allowRead: [String], allowWrite: [String], limits: ExecutionLimits,
        confined: Bool, console: Console
    ) -> ScriptHost {
        let host = ScriptHost(options: .init(
            baseDirectory: baseDirectory,
            allowRead: allowRead,
            limits: limits,
            cancellation: Interrupts.flag,
            output: console.handle,
            modules: modules,
            sandbox: ScriptSandbox(journal: journal, allowWrite: allowWrite, confined: confined)
        ))
        host.interpreter.describeAbsentNamespace(
            "sim", "'sim.…' commands exist only against the simulator: run with --sim, or without credentials")
        return host
    }
}
