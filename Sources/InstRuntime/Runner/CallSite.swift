import InstLanguage

/// Where the API call being made comes from: the command, its place in the script being run,
/// and the procedures of other files it went through (a stdlib procedure's write is cited at the
/// script's line that called the procedure, `via` the procedure and its own line).
public struct CallSite: Sendable, Equatable {
    /// The script's name as diagnostics show it (`launch.inst`, `-c`, `<repl:3>`).
    public var file: String
    public var line: Int
    public var column: Int
    /// The command that made the call: `instantly.leads.create`.
    public var command: String
    /// The procedures between the script's line and the command, outermost first.
    public var via: [Step]

    /// One procedure on the way: `sync.replies_to_ghl` at `sync.inst:34`.
    public struct Step: Sendable, Equatable {
        public var procedure: String
        public var file: String
        public var line: Int

        public init(procedure: String, file: String, line: Int) {
            self.procedure = procedure
            self.file = file
            self.line = line
        }

        /// `sync.replies_to_ghl (sync.inst:34)`.
        public var text: String { "\(procedure) (\(file):\(line))" }
    }

    public init(file: String, line: Int, column: Int, command: String, via: [Step] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.command = command
        self.via = via
    }

    /// The site of `command` coming from `origin`.
    public init(command: String, origin: CommandOrigin) {
        let location = origin.span.location
        self.init(
            file: origin.span.file.name, line: location.line, column: location.column, command: command,
            via: origin.via.map { Step(procedure: $0.procedure, file: $0.span.file.name, line: $0.span.location.line) })
    }

    /// `file:line`, as plans and audit records cite it.
    public var place: String { "\(file):\(line)" }

    /// `via sync.replies_to_ghl (sync.inst:34)`, or `nil` for a command written in the script.
    public var viaText: String? {
        via.isEmpty ? nil : "via " + via.map(\.text).joined(separator: " → ")
    }
}
