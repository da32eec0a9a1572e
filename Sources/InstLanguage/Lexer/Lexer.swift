/// The tokens of one source file, with the lexical diagnostics found while producing them.
struct LexedSource: Sendable {
    /// Always ends with an `endOfFile` token. Strings and `$(` left open at the end of the file are
    /// closed with zero-width tokens, so the parser does not report them a second time.
    var tokens: [Token]
    /// The decoded text of string tokens, indexed by their ``TokenValue/text(_:)``.
    var texts: [String]
    var diagnostics: [Diagnostic]
    /// The file ends inside a string (the REPL keeps reading).
    var endsInsideString: Bool
    /// The file ends with a `\` line continuation (the REPL keeps reading).
    var endsWithContinuation: Bool
}

/// Turns UTF-8 bytes into tokens in one pass, without recursion.
///
/// Strings and `$( … )` interpolation nest, so the lexer keeps a stack of modes: inside a string it
/// scans text; inside `$(` it scans code until the `)` that balances it.
struct Lexer {
    enum Mode {
        /// Inside `"…"` opened at this offset.
        case string(start: Int)
        /// Inside `$( … )` opened at this offset, with this many unclosed `(` of its own.
        case interpolation(start: Int, openParens: Int)
    }

    let file: SourceFile
    let bytes: [UInt8]
    var position = 0
    var tokens: [Token] = []
    var texts: [String] = []
    var diagnostics: [Diagnostic] = []
    var modes: [Mode] = []
    /// Whether whitespace (or a line start) has been skipped since the last token.
    var spaceBefore = true
    /// Reused storage for decoding string text.
    var textBuffer: [UInt8] = []
    /// Start of the most recent string literal that spanned several lines (for "unterminated string" notes).
    var lastMultilineStringStart: Int?
    /// Token count right after the most recent `\` line continuation.
    var tokenCountAtContinuation: Int?
    var endsInsideString = false

    init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        tokens.reserveCapacity(bytes.count / 3 + 2)
    }

    /// Lexes the whole file.
    static func tokenize(_ file: SourceFile) -> LexedSource {
        var lexer = Lexer(file: file)
        lexer.run()
        return LexedSource(
            tokens: lexer.tokens,
            texts: lexer.texts,
            diagnostics: lexer.diagnostics,
            endsInsideString: lexer.endsInsideString,
            endsWithContinuation: lexer.tokenCountAtContinuation == lexer.tokens.count - 1
        )
    }

    mutating func run() {
        while position < bytes.count {
            if case .string = modes.last {
                scanStringSegment()
            } else {
                scanCodeToken()
            }
        }
        closeOpenModes()
        tokens.append(Token(.endOfFile, start: bytes.count, end: bytes.count, spaceBefore: true))
    }

    // MARK: Helpers shared by the scanning extensions

    func byte(at offset: Int) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    var lastKind: TokenKind? { tokens.last?.kind }

    mutating func emit(_ kind: TokenKind, from start: Int, keyword: Keyword? = nil, value: TokenValue = .none) {
        tokens.append(Token(kind, start: start, end: position, spaceBefore: spaceBefore, keyword: keyword, value: value))
        spaceBefore = false
    }

    /// Line breaks become one `newline` token per run of blank lines.
    mutating func emitNewline(at start: Int) {
        if let last = lastKind, last != .newline {
            tokens.append(Token(.newline, start: start, end: start + 1, spaceBefore: spaceBefore))
        }
        spaceBefore = true
    }

    /// Stores decoded string text for a token.
    mutating func store(_ text: String) -> TokenValue {
        texts.append(text)
        return .text(texts.count - 1)
    }

    /// Records a lexical error; after ``Parser/maximumErrors`` of them the rest are dropped.
    mutating func report(_ message: String, from start: Int, to end: Int, notes: [String] = []) {
        guard diagnostics.count < Parser.maximumErrors else { return }
        let span = SourceSpan(file: file, start: start, end: end)
        diagnostics.append(.error(message, at: span, notes: notes))
        if diagnostics.count == Parser.maximumErrors {
            diagnostics.append(.error("too many errors; stopping here", at: span))
        }
    }

    func lineNumber(of offset: Int) -> Int { file.location(of: offset).line }

    /// Closes strings and interpolations still open at the end of the file, reporting the outermost string.
    private mutating func closeOpenModes() {
        if let outermost = modes.firstIndex(where: { if case .string = $0 { true } else { false } }),
           case .string(let start) = modes[outermost] {
            var notes: [String] = []
            if case .interpolation(let open, _)? = modes.last {
                notes.append("the '$(' at line \(lineNumber(of: open)) is not closed")
            }
            if let earlier = lastMultilineStringStart, earlier < start {
                notes.append("the string starting at line \(lineNumber(of: earlier)) spans several lines; check its closing quote")
            }
            report("unterminated string: the closing '\"' is missing", from: start, to: start + 1, notes: notes)
            endsInsideString = true
        }
        while let mode = modes.popLast() {
            switch mode {
            case .string:
                tokens.append(Token(.stringEnd, start: bytes.count, end: bytes.count, spaceBefore: false))
            case .interpolation:
                tokens.append(Token(.rightParen, start: bytes.count, end: bytes.count, spaceBefore: false))
            }
        }
    }
}
