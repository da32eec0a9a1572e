import InstLanguage

/// What tab completion knows: the commands (with their parameters) and the session's variables.
public struct CompletionCatalog {
    /// A command as completion sees it.
    public struct Command: Sendable, Equatable {
        public var name: String
        public var parameters: [String]
        public var flags: [String]

        public init(name: String, parameters: [String] = [], flags: [String] = []) {
            self.name = name
            self.parameters = parameters
            self.flags = flags
        }

        /// From a registered spec: `rest` parameters take no `name=`; `flag` ones also complete as `--name`.
        public init(_ spec: CommandSpec) {
            self.name = spec.name
            self.parameters = spec.parameters.filter { $0.kind != .rest }.map(\.name)
            self.flags = spec.parameters.filter { $0.kind == .flag }.map(\.name)
        }
    }

    public var commands: [String: Command]
    public var variables: [String]
    /// Words that start a statement besides commands (`let`, `if`, …, and REPL words like `help`).
    public var statementWords: [String]

    public init(commands: [Command], variables: [String], statementWords: [String] = CompletionCatalog.keywords) {
        self.commands = Dictionary(commands.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.variables = variables
        self.statementWords = statementWords
    }

    /// The keywords that may start a statement.
    public static let keywords = [
        "let", "set", "if", "for", "while", "break", "continue", "return", "proc", "try", "param", "use", "require",
    ]
}

extension CompletionCatalog {
    /// Whether a token can be a command name: starts with a letter or `_`.
    static func isCommandWord(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        return (first.isLetter || first == "_") && first.isASCII
    }
}
