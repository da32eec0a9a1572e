import InstLanguage

/// An interpreter assembled the way the `inst` command line runs scripts: `use` finds modules
/// in the embedded standard library or the script's folder, files are read and written under a
/// ``FilePolicy``, the host modules (`csv`, `state` and the options' `modules`) are registered, and
/// evaluation runs on a thread with a large stack. With a confined ``ScriptSandbox`` (`inst run`),
/// ``run(_:variables:)`` first holds the program to what its `require` lines declare.
///
///     let host = ScriptHost(options: .init(baseDirectory: "/jobs", sandbox: ScriptSandbox(journal: journal, confined: true)))
///     let program = try host.check(try ScriptHost.loadScript(at: "/jobs/launch.inst"))
///     try host.run(program, variables: ScriptVariables(["go": "true"]))
public final class ScriptHost {
    public struct Options {
        /// The script's folder: relative paths resolve here, and reads and `use` stay inside it.
        public var baseDirectory: String
        /// Further files and folders the script may read (`--allow-read`).
        public var allowRead: [String]
        public var limits: ExecutionLimits
        /// Set from another thread (Ctrl-C) to stop the running evaluation.
        public var cancellation: CancellationFlag
        /// Receives `print`, `warn` and `table`.
        public var output: (OutputEvent) -> Void
        /// The modules `use NAME` finds.
        public var library: [String: String]
        /// Host modules registered besides `csv`: the service commands (`instantly.*`), `sim.*`.
        public var modules: [any HostModule]
        /// What the code may touch beyond reading its folder, and the journal warnings are noted in.
        public var sandbox: ScriptSandbox

        public init(
            baseDirectory: String,
            allowRead: [String] = [],
            limits: ExecutionLimits = ExecutionLimits(),
            cancellation: CancellationFlag = CancellationFlag(),
            output: @escaping (OutputEvent) -> Void = PlainOutput.write,
            library: [String: String] = Stdlib.modules,
            modules: [any HostModule] = [],
            sandbox: ScriptSandbox = ScriptSandbox()
        ) {
            self.baseDirectory = baseDirectory
            self.allowRead = allowRead
            self.limits = limits
            self.cancellation = cancellation
            self.output = output
            self.library = library
            self.modules = modules
            self.sandbox = sandbox
        }
    }

    public let interpreter: Interpreter
    /// The files the program may read and write, shared with the file commands.
    public let files: FileGrants
    private let sandbox: ScriptSandbox

    public init(options: Options) {
        let workingDirectory = FilePath.currentDirectory()
        let policy = FilePolicy(
            baseDirectory: options.baseDirectory, allowRead: options.allowRead,
            allowWrite: options.sandbox.allowWrite, workingDirectory: workingDirectory)
        let loader = ScriptModuleLoader(root: policy.baseDirectory, library: options.library, workingDirectory: workingDirectory)
        self.files = FileGrants(policy)
        self.sandbox = options.sandbox
        self.interpreter = Interpreter(configuration: Interpreter.Configuration(
            limits: options.limits,
            output: options.sandbox.noting(options.output),
            moduleLoader: loader,
            cancellation: options.cancellation
        ))
        interpreter.register(CSVModule(grants: files))
        interpreter.register(StateModule(store: StateStore.forRun(options.sandbox.journal)))
        for module in options.modules { interpreter.register(module) }
    }

    /// Reads a script file, named in diagnostics as given.
    public static func loadScript(at path: String) throws(HostError) -> SourceFile {
        guard FileSystemText.isReadableFile(path) else {
            let reason = FileSystemText.exists(path) ? "not a file" : "no such file"
            throw .unreadableScript(path: path, reason: reason)
        }
        do {
            return SourceFile(name: path, text: try FileSystemText.contents(of: path, command: "inst"))
        } catch {
            throw .unreadableScript(path: path, reason: error.scriptMessage)
        }
    }

    /// Parses and checks a program; runs nothing.
    public func check(_ file: SourceFile) throws(DiagnosticsError) -> CheckedProgram {
        try interpreter.check(file)
    }

    /// The file policy in force.
    public var policy: FilePolicy { files.policy }

    /// Runs a checked program with values for its `param`s; a confined program is first held to
    /// its `require` lines (see ``ScriptSandbox``).
    ///
    /// - Throws: ``HostError`` for a variable the program does not declare; `ScriptError.policy`
    ///   for a `require` line that cannot be granted; `ScriptError` from the run.
    public func run(_ program: CheckedProgram, variables: ScriptVariables = ScriptVariables()) throws -> Value {
        try variables.validate(against: program.parameters.map(\.name))
        if sandbox.confined { try confine(to: program.requirements) }
        let interpreter = interpreter
        return try LargeStackThread.run {
            try interpreter.run(program, parameters: variables.values)
        }
    }

    /// Checks and runs one REPL entry against the session's globals; returns its value with
    /// any stream read in full (within the limits), ready to print.
    public func evaluate(_ file: SourceFile) throws -> Value {
        let interpreter = interpreter
        let cancellation = interpreter.configuration.cancellation
        return try LargeStackThread.run {
            try interpreter.evaluate(file).materialized(limits: interpreter.configuration.limits) {
                if cancellation.isCancelled { throw ScriptError(kind: .cancelled, message: "interrupted") }
            }
        }
    }

    /// Holds the code to `requirements`: the journal's grant, the readable files, the step budget.
    private func confine(to requirements: [Requirement]) throws {
        files.policy = try ScriptSandbox.confine(files.policy, to: requirements)
        sandbox.journal?.grant = ScopeGrant(requirements: requirements)
        if interpreter.configuration.limits.maxSteps == nil {
            interpreter.configuration.limits.maxSteps = ScriptSandbox.defaultStepBudget
        }
    }
}
