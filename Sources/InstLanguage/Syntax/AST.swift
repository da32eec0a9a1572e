/// The syntax tree the parser produces and the resolver lowers.
///
/// Every node carries the span it came from, so every later error can point at source.

/// A name as written: a variable, a parameter, a (possibly dotted) command name.
public struct Identifier: Sendable {
    public var name: String
    public var span: SourceSpan

    public init(_ name: String, span: SourceSpan) {
        self.name = name
        self.span = span
    }
}

/// A whole file or REPL entry.
public struct Script: Sendable {
    public var file: SourceFile
    public var statements: [Statement]

    public init(file: SourceFile, statements: [Statement]) {
        self.file = file
        self.statements = statements
    }
}

/// `{ … }` holding statements: the body of `if`, `for`, `proc`, and block arguments such as `where { … }`.
public struct Block: Sendable {
    public var statements: [Statement]
    public var span: SourceSpan

    public init(statements: [Statement], span: SourceSpan) {
        self.statements = statements
        self.span = span
    }
}

public struct Statement: Sendable {
    public var kind: StatementKind
    public var span: SourceSpan

    public init(_ kind: StatementKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum StatementKind: Sendable {
    /// `let name = <pipeline>`
    case letBinding(name: Identifier, value: Pipeline)
    /// `set name.field[index] = <pipeline>`
    case set(target: AssignmentTarget, value: Pipeline)
    /// A command or expression, possibly piped: `print "hi"`, `$xs | table`.
    case pipeline(Pipeline)
    /// `if c { } else if c { } else { }`
    case ifChain(branches: [ConditionalBranch], elseBody: Block?)
    /// `for name in <expr> { }`
    case forIn(variable: Identifier, sequence: Expression, body: Block)
    /// `while <expr> { }`
    case whileLoop(condition: Expression, body: Block)
    case breakLoop
    case continueLoop
    /// `return` or `return <pipeline>`
    case returnValue(Pipeline?)
    /// `proc name(a, b = 1) { }`
    case procedure(ProcedureDeclaration)
    /// `try { } catch err { }`; the name is optional.
    case tryCatch(body: Block, errorName: Identifier?, handler: Block)
    /// `param name = <expr>`: a script input, set from the host (`--var name=value`).
    case param(name: Identifier, defaultValue: Expression?)
    /// `use lifecycle` or `use "./helpers.inst"`
    case use(ModuleReference)
    /// `require instantly "leads:create" …` / `require read "leads.csv"`
    case require(Requirement)
    /// `on reply_received { }`: a handler the host runs for each delivered event.
    case eventHandler(EventHandlerDeclaration)
}

public struct ConditionalBranch: Sendable {
    public var condition: Expression
    public var body: Block

    public init(condition: Expression, body: Block) {
        self.condition = condition
        self.body = body
    }
}

/// The left side of `set`: a variable and a path of field names and indexes.
public struct AssignmentTarget: Sendable {
    public enum PathElement: Sendable {
        case field(Identifier)
        case index(Expression)
    }

    public var variable: Identifier
    public var path: [PathElement]
    public var span: SourceSpan

    public init(variable: Identifier, path: [PathElement], span: SourceSpan) {
        self.variable = variable
        self.path = path
        self.span = span
    }
}

public struct ProcedureDeclaration: Sendable {
    public struct Parameter: Sendable {
        public var name: Identifier
        public var defaultValue: Expression?

        public init(name: Identifier, defaultValue: Expression?) {
            self.name = name
            self.defaultValue = defaultValue
        }
    }

    public var name: Identifier
    public var parameters: [Parameter]
    public var body: Block
    /// Comment lines directly above the `proc` line, used as its help text.
    public var documentation: String?

    public init(name: Identifier, parameters: [Parameter], body: Block, documentation: String?) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.documentation = documentation
    }
}

public enum ModuleReference: Sendable {
    /// `use lifecycle`: a module of the standard library, bound as namespace `lifecycle`.
    case library(Identifier)
    /// `use "./helpers.inst"`: a file beside the script, bound as namespace `helpers`.
    case file(path: String, span: SourceSpan)
}

/// A top-level `require` line: what the script may touch, read before anything runs.
public struct Requirement: Sendable {
    /// `instantly`, `ghl`, `read`, `write`, …
    public var subject: Identifier
    /// The quoted items: scopes or paths.
    public var items: [String]
    public var span: SourceSpan

    public init(subject: Identifier, items: [String], span: SourceSpan) {
        self.subject = subject
        self.items = items
        self.span = span
    }
}

/// `stage | stage | …`. The first stage is a command or an expression; later stages are commands.
public struct Pipeline: Sendable {
    public var stages: [PipelineStage]
    public var span: SourceSpan

    public init(stages: [PipelineStage], span: SourceSpan) {
        self.stages = stages
        self.span = span
    }
}

public enum PipelineStage: Sendable {
    case command(Command)
    case expression(Expression)
}

/// `name arg…`: a built-in, a host command or a procedure.
public struct Command: Sendable {
    /// The dotted name: `instantly.campaigns.list`, `sort-by`, `lifecycle.launch`.
    public var name: Identifier
    public var arguments: [Argument]
    public var span: SourceSpan

    public init(name: Identifier, arguments: [Argument], span: SourceSpan) {
        self.name = name
        self.arguments = arguments
        self.span = span
    }
}

public enum Argument: Sendable {
    /// A value in order: literal, `$var.x[0]`, `( … )`, list, map, bare word.
    case positional(Expression)
    /// `name=value`
    case named(Identifier, Expression)
    /// `--name`
    case flag(Identifier)
    /// `{ statements }` as in `where { $it.sent > 0 }`.
    case block(Block)
}

public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var span: SourceSpan

    public init(_ kind: ExpressionKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum ExpressionKind: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// A string with no interpolation, including raw `'…'` strings and bare words.
    case string(String)
    /// `"text $name $name.field $( pipeline ) text"`
    case interpolated([StringPart])
    /// `$name`
    case variable(Identifier)
    /// `base.name` (only directly after a variable, index or field: `$a.b`, `$a[0].c`)
    case field(base: Expression, name: Identifier)
    /// `base[index]`
    case index(base: Expression, index: Expression)
    /// `[a, b, c]`
    case list([Expression])
    /// `{key: value, …}`; keys are bare words or strings.
    case map([MapEntry])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `( pipeline )` or `$( pipeline )`: a command call or a parenthesised expression.
    case group(Pipeline)
}

public enum StringPart: Sendable {
    case text(String)
    case expression(Expression)
}

public struct MapEntry: Sendable {
    public var key: String
    public var keySpan: SourceSpan
    public var value: Expression

    public init(key: String, keySpan: SourceSpan, value: Expression) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case and = "and"
    case or = "or"
    case contains = "in"
    case notContains = "not in"
    case coalesce = "??"
}
