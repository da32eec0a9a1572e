/// The embedding API: create an interpreter, register host modules, check and run source.
///
///     let interpreter = Interpreter(configuration: .init(output: { event in … }))
///     interpreter.register(MyModule())
///     let program = try interpreter.check(SourceFile(name: "job.inst", text: source))
///     try interpreter.run(program, parameters: ["go": "true"])
///
/// An interpreter is used from one thread at a time. Globals persist across ``evaluate(_:)``
/// calls, which is how the REPL keeps its session.
public final class Interpreter {
    public struct Configuration {
        public var limits: ExecutionLimits
        /// Receives `print`, `warn` and `table` output.
        public var output: (OutputEvent) -> Void
        /// Finds the source of `use` modules; `nil` refuses every `use`.
        public var moduleLoader: (any ModuleLoader)?
        /// Set from another thread to stop the running evaluation.
        public var cancellation: CancellationFlag
        /// A monotonic clock for the deadline; tests inject their own.
        public var now: () -> Duration

        public init(
            limits: ExecutionLimits = ExecutionLimits(),
            output: @escaping (OutputEvent) -> Void = { _ in },
            moduleLoader: (any ModuleLoader)? = nil,
            cancellation: CancellationFlag = CancellationFlag(),
            now: @escaping () -> Duration = Interpreter.monotonicNow
        ) {
            self.limits = limits
            self.output = output
            self.moduleLoader = moduleLoader
            self.cancellation = cancellation
            self.now = now
        }
    }

    /// The state every compiled node shares.
    let execution: Execution
    /// Built-in and host commands by name.
    private(set) var commands: [String: CommandSpec] = [:]
    /// What to tell a script that calls into a namespace with no commands here, by namespace.
    private(set) var absentNamespaceNotes: [String: String] = [:]
    /// The script's or REPL session's globals and procedures.
    let session = Module(namespace: nil)
    /// `use`d modules by source name, each checked once.
    var modules: [String: Module] = [:]
    var modulesBeingChecked: Set<String> = []

    public var configuration: Configuration {
        get { execution.configuration }
        set { execution.configuration = newValue }
    }

    /// An interpreter with the core built-ins (`print`, `len`, `where`, …) registered.
    public init(configuration: Configuration = Configuration()) {
        execution = Execution(configuration: configuration)
        register(CoreBuiltins())
    }

    /// Time since an arbitrary fixed point, from the system's monotonic clock.
    public static func monotonicNow() -> Duration {
        ContinuousClock.now - ContinuousClock.Instant.epoch
    }

    /// Registers every command of a host module; a later registration of a name replaces it.
    public func register(_ module: any HostModule) {
        for command in module.commands { register(command) }
    }

    /// Registers one command. Programs checked afterwards can call it.
    public func register(_ command: CommandSpec) {
        commands[command.name] = command
    }

    /// Sets the note shown when a script calls `namespace.…` and no command of that namespace is
    /// registered: why it is absent here, and where it exists.
    ///
    ///     interpreter.describeAbsentNamespace("sim", "sim.* commands exist only against the simulator")
    public func describeAbsentNamespace(_ namespace: String, _ note: String) {
        absentNamespaceNotes[namespace] = note
    }
}

extension ContinuousClock.Instant {
    fileprivate static let epoch = ContinuousClock.now
}

/// Finds the source text of a `use`d module.
public protocol ModuleLoader {
    /// The source for `reference`, `use`d from `importer`. Throw a ``ScriptError`` (usually
    /// `.policy` or `.runtime`) to refuse; its message is shown at the `use` line.
    func load(_ reference: ModuleReference, from importer: SourceFile) throws -> SourceFile
}
