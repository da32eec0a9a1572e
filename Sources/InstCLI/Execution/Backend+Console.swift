import InstRuntime

extension Backend {
    /// The backend for a command-line run: its notices go to standard error; a credential
    /// problem is reported there and gives `nil` (the run ends with a usage error).
    static func make(
        options: RunOptions, console: Console, script: ScriptIdentity? = nil, environment: [String: String] = Environment.current
    ) -> Backend? {
        do {
            return try make(options: options, environment: environment, script: script) { console.report($0 + "\n") }
        } catch {
            console.fail("\(error)")
            return nil
        }
    }
}
