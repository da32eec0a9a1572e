import InstLanguage
import InstRuntime

/// Runs one script (`inst run FILE`, `inst -c CODE`): check, then run with the options' limits,
/// grants and variables; reports errors and says how the process should exit.
struct ScriptRunner {
    let options: RunOptions
    let console: Console

    init(options: RunOptions, console: Console = Console()) {
        self.options = options
        self.console = console
    }

    /// Runs the script file at `path`; its folder is the one it may read and `use` from.
    func run(scriptAt path: String) -> ExitStatus {
        do {
            let file = try ScriptHost.loadScript(at: path)
            return run(file, baseDirectory: FilePath.directory(of: path), script: ScriptIdentity(path: path, text: file.text))
        } catch {
            console.fail(error.description)
            return .usage
        }
    }

    /// Runs `code` given on the command line, as if it were a script in the working directory.
    func run(code: String) -> ExitStatus {
        run(SourceFile(name: "-c", text: code), baseDirectory: ".", script: nil)
    }

    private func run(_ file: SourceFile, baseDirectory: String, script: ScriptIdentity?) -> ExitStatus {
        guard let backend = Backend.make(options: options, console: console, script: script) else { return .usage }
        defer { backend.shutdown() }
        Interrupts.install()
        let host = ScriptHost(options: .init(
            baseDirectory: baseDirectory,
            allowRead: options.allowRead,
            limits: options.limits,
            cancellation: Interrupts.flag,
            output: console.handle,
            modules: backend.modules,
            sandbox: ScriptSandbox(journal: backend.journal, allowWrite: options.allowWrite, confined: script != nil) // H2: `inst run` is held to its `require` lines
        ))
        backend.describeAbsentNamespaces(to: host.interpreter)
        let status = run(file, on: host)
        finishPlan(backend: backend, console: console, options: options, parameters: options.scriptVariables.values) // H1: the plan after the run
        LargeStackThread.release(consume host)
        console.flush()
        return status
    }

    private func run(_ file: SourceFile, on host: ScriptHost) -> ExitStatus {
        let program: CheckedProgram
        do {
            program = try host.check(file)
        } catch {
            console.report(error.rendered())
            return .scriptError
        }
        if !program.warnings.isEmpty {
            console.report(DiagnosticsError(program.warnings).rendered())
        }
        do {
            _ = try host.run(program, variables: options.scriptVariables)
            return .success
        } catch let error as ScriptError where error.kind == .cancelled {
            console.interrupted(at: error.span)
            return .interrupted
        } catch {
            console.report(ErrorReport.rendered(error))
            return ExitStatus(for: error)
        }
    }
}

extension ExitStatus {
    /// How a failed check or run ends the process.
    init(for error: any Error) {
        switch error {
        case is HostError:
            self = .usage
        case let error as ScriptError:
            switch error.kind {
            case .runtime, .failure: self = .scriptError
            case .limit, .policy: self = .refused
            case .cancelled: self = .interrupted
            }
        default:
            self = .scriptError
        }
    }
}
