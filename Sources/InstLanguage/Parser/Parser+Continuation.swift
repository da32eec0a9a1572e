extension Parser {
    /// Whether REPL input is unfinished and more lines should be read before parsing it: it ends inside
    /// an open block, group, list, map or string, or with a trailing `|` or `\`.
    ///
    /// Input with more closers than openers is complete (and wrong): parsing it reports the error.
    public static func needsContinuation(_ text: String) -> Bool {
        let lexed = Lexer.tokenize(SourceFile(name: "<input>", text: text))
        if lexed.endsInsideString || lexed.endsWithContinuation { return true }
        var depth = 0
        var last: TokenKind?
        for token in lexed.tokens {
            switch token.kind {
            case .leftParen, .leftBracket, .leftBrace, .interpolationStart:
                depth += 1
            case .rightParen, .rightBracket, .rightBrace:
                depth -= 1
                if depth < 0 { return false }
            case .newline, .endOfFile:
                continue
            default:
                break
            }
            last = token.kind
        }
        return depth > 0 || last == .pipe
    }
}
