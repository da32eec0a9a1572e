import ArgumentParser
import InstLanguage
import InstRuntime

/// `inst check SCRIPT…`: parse and check, run nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and check scripts without running them.",
        discussion: "Prints every diagnostic. Exits with 1 if any script has an error."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The scripts to check.", valueName: "script"))
    var scripts: [String]

    func validate() throws {
        if scripts.isEmpty { throw ValidationError("name at least one script to check") }
    }

    func run() throws {
        let console = Console()
        var status = ExitStatus.success
        for path in scripts {
            let outcome = check(path, console: console)
            if outcome == .usage || status == .success { status = outcome }
        }
        throw ExitCode(status.rawValue)
    }

    private func check(_ path: String, console: Console) -> ExitStatus {
        do {
            let file = try ScriptHost.loadScript(at: path)
            let host = ScriptHost(options: .init(
                baseDirectory: FilePath.directory(of: path), output: console.handle, modules: Backend.referenceModules))
            let program = try host.check(file)
            if !program.warnings.isEmpty { console.report(DiagnosticsError(program.warnings).rendered()) }
            console.output.writeLine("\(path): ok")
            return .success
        } catch let error as HostError {
            console.fail(error.description)
            return .usage
        } catch {
            console.report(ErrorReport.rendered(error))
            return .scriptError
        }
    }
}
