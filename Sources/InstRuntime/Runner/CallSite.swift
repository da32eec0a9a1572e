/// Where the API call being made comes from: the command and its place in the script.
public struct CallSite: Sendable, Equatable {
    /// The script's name as diagnostics show it (`launch.inst`, `-c`, `<repl:3>`).
    public var file: String
    public var line: Int
    public var column: Int
    /// The command that made the call: `instantly.leads.create`.
    public var command: String

    public init(file: String, line: Int, column: Int, command: String) {
        self.file = file
        self.line = line
        self.column = column
        self.command = command
    }

    /// `file:line`, as plans show it.
    public var place: String { "\(file):\(line)" }
}
