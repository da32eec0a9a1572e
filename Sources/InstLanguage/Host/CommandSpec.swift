/// One parameter of a built-in command, as `help`, completion and argument binding see it.
public struct ParameterSpec: Sendable {
    public enum Kind: Sendable {
        /// Taken in order; may also be given as `name=value`. The first positional
        /// parameter receives a pipeline's input (`$xs | len`).
        case positional
        /// Only as `name=value`.
        case named
        /// `--name` (true) or `name=value`.
        case flag
        /// Every remaining positional argument, as a list (`select name status`).
        case rest
    }

    public var name: String
    public var kind: Kind
    public var isRequired: Bool
    /// A short type for help: `int`, `string`, `list`, `block`, `uuid`, `"a"|"b"`.
    public var type: String
    public var help: String
    /// Other names `name=value` may use for it: `first_name` for `firstName`.
    public var aliases: [String]

    public init(
        _ name: String, _ kind: Kind = .positional, required: Bool = false, type: String = "any", help: String = "",
        aliases: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.type = type
        self.help = help
        self.aliases = aliases
    }

    /// Whether `name=value` with this name fills it.
    func isNamed(_ candidate: String) -> Bool {
        name == candidate || aliases.contains(candidate)
    }
}

/// A command a host registers: its name, parameters, help, effect and implementation.
///
/// Help, tab completion, static checks and calls all read the same spec.
public struct CommandSpec {
    public typealias Implementation = (Arguments, CommandContext) throws -> Value

    /// The full dotted name: `print`, `sort-by`, `instantly.campaigns.list`.
    public var name: String
    /// One line for `help` listings.
    public var summary: String
    /// Longer help: details, examples, the laws that apply. Built when `help` first reads it, so a
    /// host registering many commands (one per API operation) pays nothing for it at start-up.
    public var discussion: String {
        get { makeDiscussion() }
        set { makeDiscussion = { newValue } }
    }
    private var makeDiscussion: () -> String
    public var parameters: [ParameterSpec]
    public var effect: Effect
    public var run: Implementation

    public init(
        _ name: String,
        summary: String,
        discussion: @autoclosure @escaping () -> String = "",
        parameters: [ParameterSpec] = [],
        effect: Effect = .pure,
        run: @escaping Implementation
    ) {
        self.name = name
        self.summary = summary
        self.makeDiscussion = discussion
        self.parameters = parameters
        self.effect = effect
        self.run = run
    }

    /// The namespace: `instantly.campaigns` for `instantly.campaigns.list`, empty for `print`.
    public var namespace: String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }
}

/// A group of commands a host registers together (`instantly`, `csv`, the core built-ins).
public protocol HostModule {
    /// The commands, with their full dotted names.
    var commands: [CommandSpec] { get }
}
