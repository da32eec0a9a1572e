/// One lexical unit of a script, located by UTF-8 byte offsets into its ``SourceFile``.
///
/// The lexer turns `"a $x b"` into `stringStart`, `stringText("a ")`, `variable`, `stringText(" b")`,
/// `stringEnd`, and `"$( cmd )"` into `stringStart`, `interpolationStart`, the tokens of `cmd`,
/// `rightParen`, `stringEnd`: interpolated code lives in the same token stream as the rest of the file.
struct Token: Sendable {
    var kind: TokenKind
    /// First byte of the token.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// Whitespace, a line break, a comment or the start of the file comes directly before the token.
    /// Postfix `.field` / `[i]` and `name=value` require `false`.
    var spaceBefore: Bool
    /// For `word` tokens that are spelled like a keyword.
    var keyword: Keyword?
    var value: TokenValue

    init(_ kind: TokenKind, start: Int, end: Int, spaceBefore: Bool, keyword: Keyword? = nil, value: TokenValue = .none) {
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.keyword = keyword
        self.value = value
    }
}

/// The decoded content of literal tokens. Plain data, so tokens copy without reference counting.
enum TokenValue: Sendable {
    case none
    case int(Int)
    case float(Double)
    /// Decoded text of `stringText` and `rawString` tokens: an index into ``LexedSource/texts``.
    case text(Int)
}

enum TokenKind: UInt8, Sendable {
    /// A bare word: `print`, `instantly.campaigns.list`, `sort-by`, `America/Detroit`, `2d`; also keywords.
    case word
    /// `$name`; the name is the text after the `$`.
    case variable
    /// `.name` directly after a variable, field, `]`, `)` or `}`; the name is the text after the dot.
    case field
    /// `--name`; the name is the text after the dashes.
    case flag
    case int
    case float
    /// The opening `"` of an interpolating string.
    case stringStart
    /// Literal text inside `"…"`, escapes decoded.
    case stringText
    /// The closing `"`; zero-width when the lexer closes an unterminated string at the end of the file.
    case stringEnd
    /// A whole `'…'` string.
    case rawString
    /// `$(`, closed by a `rightParen`.
    case interpolationStart
    case leftParen, rightParen
    case leftBracket, rightBracket
    case leftBrace, rightBrace
    case comma, colon, semicolon, newline
    case pipe
    /// `=`
    case assign
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case plus, minus, star, slash, percent
    /// `??`
    case coalesce
    /// A `.` that does not start a field access.
    case dot
    case endOfFile
}

/// Words with a meaning of their own in statements and expressions.
enum Keyword: String, Sendable {
    case `let`, set, `if`, `else`, `for`, `in`, `while`, `break`, `continue`, `return`
    case proc, `try`, `catch`, param, use, require
    case and, or, not, `true`, `false`, null

    /// Keywords that begin a statement; used to resynchronise after an unclosed bracket.
    var startsStatement: Bool {
        switch self {
        case .let, .set, .if, .for, .while, .return, .proc, .try, .param, .use, .require, .break, .continue:
            return true
        default:
            return false
        }
    }
}

extension TokenKind {
    /// A directly following `.name` is a field access: after `$a`, `.b`, `]`, `)` and `}` (a map
    /// literal's; after a block's `}` the parser reports it).
    var acceptsFieldAccess: Bool {
        switch self {
        case .variable, .field, .rightBracket, .rightParen, .rightBrace: return true
        default: return false
        }
    }

    /// How the token reads in a message: `'}'`, `end of line`, `a string`.
    var displayName: String {
        switch self {
        case .word: return "a word"
        case .variable: return "a variable"
        case .field: return "a field access"
        case .flag: return "a flag"
        case .int, .float: return "a number"
        case .stringStart, .rawString: return "a string"
        case .stringText: return "string text"
        case .stringEnd: return "the end of the string"
        case .interpolationStart: return "'$('"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .comma: return "','"
        case .colon: return "':'"
        case .semicolon: return "';'"
        case .newline: return "the end of the line"
        case .pipe: return "'|'"
        case .assign: return "'='"
        case .equal: return "'=='"
        case .notEqual: return "'!='"
        case .less: return "'<'"
        case .lessOrEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterOrEqual: return "'>='"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .slash: return "'/'"
        case .percent: return "'%'"
        case .coalesce: return "'??'"
        case .dot: return "'.'"
        case .endOfFile: return "the end of the file"
        }
    }
}
