import ArgumentParser

/// `inst run SCRIPT [flags]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script.",
        discussion: """
            The script may read files in its own folder and in the paths given with \
            --allow-read, and `use` modules from the standard library or its folder.
            """
    )

    @Argument(help: ArgumentHelp("The script to run.", valueName: "script"))
    var script: String

    @OptionGroup
    var options: RunOptions

    func run() throws {
        throw ExitCode(ScriptRunner(options: options).run(scriptAt: script).rawValue)
    }
}
