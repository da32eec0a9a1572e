/// What ``Parser/parse(_:)`` produces: a syntax tree, always, and the problems found on the way.
public struct ParseResult: Sendable {
    /// The statements that could be parsed; statements with errors are left out.
    public var script: Script
    /// Lexical and syntax errors, in source order.
    public var diagnostics: [Diagnostic]

    public init(script: Script, diagnostics: [Diagnostic]) {
        self.script = script
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error (the script must not run).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Recursive-descent parser from tokens to the ``Script`` syntax tree.
///
/// Errors are reported as diagnostics; after one, the parser skips to the end of the statement (at the
/// nesting level where the statement started) and continues, so one run reports several errors.
/// Nesting deeper than ``maximumNesting`` is reported rather than recursed into.
public struct Parser {
    /// How deeply brackets, blocks, interpolations and operator chains may nest.
    public static let maximumNesting = 200
    /// After this many errors the parser stops reporting.
    static let maximumErrors = 50

    /// Parses a whole file or REPL entry. Never fails: problems are returned as diagnostics.
    public static func parse(_ file: SourceFile) -> ParseResult {
        let lexed = Lexer.tokenize(file)
        var parser = Parser(file: file, lexed: lexed)
        let statements = parser.parseStatements(inBlock: false)
        var diagnostics = lexed.diagnostics + parser.diagnostics
        // Stable sort into source order; lexical errors come first at equal offsets.
        diagnostics = diagnostics.enumerated()
            .sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }
            .map(\.element)
        return ParseResult(script: Script(file: file, statements: statements), diagnostics: diagnostics)
    }

    let file: SourceFile
    let bytes: [UInt8]
    let tokens: [Token]
    /// Decoded string text, see ``TokenValue/text(_:)``.
    let texts: [String]
    var index = 0
    /// End offset of the last consumed token, for node spans.
    var previousEnd = 0
    var diagnostics: [Diagnostic] = []
    /// Brackets, blocks, strings and interpolations open around the current token, innermost last.
    var openers: [Opener] = []
    /// Extra tree depth from operator chains and postfix accesses in the expression being parsed.
    var operatorDepth = 0
    /// Set after a fatal problem (too deep, too many errors): the rest of the input is skipped.
    var abandoned = false
    let lexicalErrors: Int

    init(file: SourceFile, lexed: LexedSource) {
        self.file = file
        self.bytes = file.bytes
        self.tokens = lexed.tokens
        self.texts = lexed.texts
        self.lexicalErrors = lexed.diagnostics.count
    }

    // MARK: Tokens

    /// Newlines separate statements at the top level and in blocks, and are skipped inside
    /// parentheses, lists, maps and interpolations.
    var skipsNewlines: Bool {
        guard let innermost = openers.last else { return false }
        return innermost.kind != .block
    }

    /// The current token, skipping newlines where they do not matter.
    mutating func peek() -> Token {
        if skipsNewlines {
            while tokens[index].kind == .newline { index += 1 }
        }
        return tokens[index]
    }

    /// The token after the current one (newlines not skipped).
    var next: Token { tokens[min(index + 1, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if token.kind != .endOfFile {
            index += 1
            previousEnd = token.end
        }
        return token
    }

    /// Steps over newline tokens even where they are significant.
    mutating func skipNewlines() {
        while tokens[index].kind == .newline { index += 1 }
    }

    /// The first token at or after `position` that is not a newline, and its index.
    func significantToken(from position: Int) -> (token: Token, index: Int) {
        var position = position
        while tokens[position].kind == .newline { position += 1 }
        return (tokens[position], position)
    }

    // MARK: Text and spans

    /// The decoded text of a `stringText` or `rawString` token.
    func decodedText(of token: Token) -> String {
        guard case .text(let index) = token.value, texts.indices.contains(index) else { return "" }
        return texts[index]
    }

    func text(of token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// The name of a `$name`, `.name` or `--name` token, without its sigil.
    func name(of token: Token) -> Identifier {
        let sigil = token.kind == .flag ? 2 : 1
        let start = min(token.start + sigil, token.end)
        return Identifier(String(decoding: bytes[start..<token.end], as: UTF8.self), span: span(start, token.end))
    }

    func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(file: file, start: start, end: end)
    }

    func span(of token: Token) -> SourceSpan { span(token.start, token.end) }

    /// From `start` to the end of the last consumed token.
    func span(from start: Int) -> SourceSpan { span(start, max(start, previousEnd)) }

    func line(of offset: Int) -> Int { file.location(of: offset).line }

    /// How a token reads in a message: `'}'`, `the word 'foo'`, `the end of the line`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .word where token.keyword != nil: return "'\(text(of: token))'"
        case .word: return "the word '\(text(of: token))'"
        case .variable, .flag, .int, .float: return "'\(text(of: token))'"
        default: return token.kind.displayName
        }
    }
}
