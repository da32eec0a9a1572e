import ArgumentParser

/// `inst repl`: the same as `inst` with no arguments.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive REPL (the same as `inst` with no arguments).",
        discussion: """
            Input from a pipe is read line by line without prompts: `echo 'print 1' | inst`. \
            History is kept in $XDG_STATE_HOME/inst/history (~/.local/state/inst/history).
            """
    )

    @OptionGroup
    var options: RunOptions

    func run() throws {
        throw ExitCode(try Repl.start(options: options).rawValue)
    }
}
