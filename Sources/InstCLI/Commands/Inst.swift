import ArgumentParser

/// `inst`: the REPL with no arguments, `inst -c CODE` to run code, or a subcommand.
public struct Inst: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inst",
        abstract: "A scripting REPL and automation runtime for Instantly and GoHighLevel.",
        discussion: """
            With no arguments, inst starts the interactive REPL. `inst -c CODE` runs CODE as a \
            script, with the same flags as `inst run`.

            Exit codes: 0 success, 1 script error, 2 usage error, 3 refused by the sandbox or a \
            limit, 130 interrupted.
            """,
        subcommands: [RunCommand.self, ReplCommand.self, CheckCommand.self, LanguageHelpCommand.self, SimCommand.self, AuditCommand.self, DemoCommand.self, ServeCommand.self]
    )

    @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE as a script.", valueName: "code"))
    var code: String?

    @OptionGroup
    var options: RunOptions

    public init() {}

    public func run() throws {
        if let code {
            throw ExitCode(ScriptRunner(options: options).run(code: code).rawValue)
        }
        throw ExitCode(try Repl.start(options: options).rawValue)
    }
}
