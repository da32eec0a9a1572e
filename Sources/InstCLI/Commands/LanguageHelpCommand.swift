import ArgumentParser
import InstLanguage
import InstRuntime

/// `inst help [COMMAND]`: the language's commands, from their registrations.
struct LanguageHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Describe the language's commands, or one command or namespace.",
        discussion: "For the command line itself, use `inst --help` or `inst help run`."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("A command (`print`, `csv.read`) or namespace (`csv`).", valueName: "command"))
    var topic: String?

    func run() throws {
        let console = Console()
        // Help describes what a script sees by default: the API commands against the simulator. Nothing is sent.
        let host = ScriptHost(options: .init(baseDirectory: ".", modules: Backend.referenceModules))
        // A standard-library procedure (`lifecycle.launch`) is described once its module is loaded.
        if let namespace = topic?.split(separator: ".").first.map(String.init), Stdlib.modules[namespace] != nil {
            _ = try? host.evaluate(SourceFile(name: "help", text: "use \(namespace)"))
        }
        let help = CommandHelp(interpreter: host.interpreter)
        defer { console.flush() }
        guard let topic else {
            console.output.write(help.overview())
            return
        }
        if let text = help.describe(topic) {
            console.output.write(text)
        } else if let subcommand = Inst.configuration.subcommands.first(where: { $0._commandName == topic }) {
            console.output.write(Inst.helpMessage(for: subcommand) + "\n")
        } else {
            let suggestions = help.suggestions(for: topic)
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
            console.fail("no command named '\(topic)'\(hint); `inst help` lists them")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}
