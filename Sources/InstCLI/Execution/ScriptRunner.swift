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
        Interrupts.install(terminationToo: true)
        // `inst run` is held to its `require` lines; `-c` is typed by a person and has the whole key.
        let host = backend.makeHost(
            baseDirectory: baseDirectory, allowRead: options.allowRead, allowWrite: options.allowWrite,
            limits: options.limits, confined: script != nil, console: console)
        let (ended, parameters) = checkAndRun(file, on: host)
        var status = ended
        // The plan so far is shown after a failed run too.
        if !finishPlan(backend: backend, console: console, options: options, parameters: parameters), status == .success {
            status = .scriptError
        }
        if status != .success, let hint = backend.resumeHint(scriptPath: script?.path) {
            console.report(hint + "\n")
        }
        LargeStackThread.release(consume host)
        console.flush()
        return status
    }

    /// Checks and runs `file`; returns how the run ended and the parameters it had. The checked
    /// program holds the script's globals: it ends here, while the host still holds them too, so
    /// that the host's release frees deep values on a large stack.
    private func checkAndRun(_ file: SourceFile, on host: ScriptHost) -> (ExitStatus, [String: String]) {
        let program: CheckedProgram
        do {
            program = try host.check(file)
        } catch {
            console.report(error.rendered())
            return (.scriptError, [:])
        }
        return (run(program, on: host), parameters(of: program))
    }

    /// The script's parameters as the run gave them: `--var` values, else the constant defaults.
    private func parameters(of program: CheckedProgram) -> [String: String] {
        let given = options.scriptVariables.values
        var values: [String: String] = [:]
        for parameter in program.parameters {
            if let value = given[parameter.name] {
                values[parameter.name] = value
            } else if case .string(let text)? = parameter.defaultValue {
                values[parameter.name] = text
            } else if let value = parameter.defaultValue {
                values[parameter.name] = value.formatted()
            }
        }
        return values
    }

    private func run(_ program: CheckedProgram, on host: ScriptHost) -> ExitStatus {
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
