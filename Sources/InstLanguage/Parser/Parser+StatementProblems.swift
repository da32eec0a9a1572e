/// Errors of statements whose bodies nest, with hints for the mistakes people coming from other
/// languages make (`if $x = 1`, a body without braces, `}` too many).
extension Parser {
    @inline(never)
    mutating func failMisplaced(_ token: Token) throws(ParseAbort) -> Never {
        switch token.keyword {
        case .else?:
            try fail("'else' without an 'if'", notes: ["'else' follows the '}' that closes an if block"])
        case .catch?:
            try fail("'catch' without a 'try'", notes: ["'catch' follows the '}' that closes a try block"])
        case let keyword?:
            try fail("unexpected '\(keyword.rawValue)' at the start of a statement")
        case nil:
            try fail("a block { … } cannot stand on its own",
                     notes: ["blocks follow if, for, while, proc, try and commands such as where { … }"])
        }
    }

    @inline(never)
    mutating func failMissingValue() throws(ParseAbort) -> Never {
        try fail("expected a value after '='")
    }

    @inline(never)
    mutating func failMissingIn(after variable: Identifier) throws(ParseAbort) -> Never {
        try fail("expected 'in' after 'for \(variable.name)'", notes: ["write: for \(variable.name) in $list { … }"])
    }

    @inline(never)
    mutating func failMissingCatch() throws(ParseAbort) -> Never {
        try fail("expected 'catch' after the try block", notes: ["write: try { … } catch err { … }"])
    }

    /// Nothing (or only the body's `{`) after `keyword`; `span` defaults to the current token.
    @inline(never)
    mutating func failMissingCondition(of keyword: String, at span: SourceSpan? = nil) throws(ParseAbort) -> Never {
        let place = span ?? spanForProblem(at: peek())
        if keyword == "for" {
            try fail("expected what to loop over after 'in'", at: place, notes: ["write: for x in $list { … }"])
        }
        try fail("expected a condition after '\(keyword)'", at: place, notes: ["write: \(keyword) $x > 0 { … }"])
    }

    /// The condition of `keyword` (which started with `first`) is followed by `token` instead of `{`.
    @inline(never)
    mutating func failAfterCondition(of keyword: String, startingWith first: Token, found token: Token) throws(ParseAbort) -> Never {
        if token.kind == .assign {
            let left = sourceText(first.start, token.start).trimmingTrailingSpace()
            try fail("use '==' to compare: '=' only assigns, in let and set",
                     notes: ["write: \(keyword) \(left) == \(restOfCondition(after: token)) { … }"])
        }
        var notes = rangeNotes(at: token)
        if first.kind == .word, first.keyword == nil, !endsStatement(token) {
            notes.append("to use a command's result, wrap it in parentheses: \(keyword) (\(text(of: first)) …) { … }")
        } else if let braced = bracedBody(startingAt: token) {
            notes.append("put the body in braces: \(braced)")
        }
        let what = keyword == "for" ? "the list of 'for'" : "the condition of '\(keyword)'"
        try fail("expected '{' after \(what), found \(describe(token))", notes: notes)
    }

    @inline(never)
    mutating func failMissingBody(of keyword: String) throws(ParseAbort) -> Never {
        let token = peek()
        let notes = bracedBody(startingAt: token).map { ["put the body in braces: \($0)"] } ?? []
        try fail("expected '{' to start the body of '\(keyword)', found \(describe(token))", notes: notes)
    }

    /// `if $x print 1` → `if $x { print 1 }`: the line with braces around the part from `token` on,
    /// when that part is on the same line and looks like a statement.
    private func bracedBody(startingAt token: Token) -> String? {
        switch token.kind {
        case .word, .variable, .stringStart, .rawString, .int, .float, .leftParen, .leftBracket, .interpolationStart: break
        default: return nil
        }
        let lineStart = file.lineStarts[line(of: token.start) - 1]
        var lineEnd = token.start
        while lineEnd < bytes.count, bytes[lineEnd] != .newline { lineEnd += 1 }
        var head = sourceText(lineStart, token.start).drop { $0 == " " || $0 == "\t" || $0 == "}" }
        head = head.drop { $0 == " " || $0 == "\t" }
        let body = sourceText(token.start, lineEnd).trimmingTrailingSpace()
        guard !head.isEmpty, !body.isEmpty, body.count <= 60, !body.contains("{") else { return nil }
        return "\(head.trimmingTrailingSpace()) { \(body) }"
    }

    /// The text after `token` up to the `{` of the body or the end of the line.
    private func restOfCondition(after token: Token) -> String {
        restOfLine(after: token, stoppingAt: .leftBrace)
    }

    /// The text after `token` up to the end of its line (or `stop`), trimmed; `…` when there is none.
    func restOfLine(after token: Token, stoppingAt stop: UInt8 = .newline) -> String {
        var end = token.end
        while end < bytes.count, bytes[end] != .newline, bytes[end] != stop { end += 1 }
        let rest = sourceText(token.end, end).drop { $0 == " " || $0 == "\t" }.trimmingTrailingSpace()
        return rest.isEmpty ? "…" : rest
    }

    /// `1..3` from other languages (the parser at the first `.`): `..` is not an operator.
    func rangeNotes(at token: Token) -> [String] {
        guard token.kind == .dot, next.kind == .dot, !next.spaceBefore else { return [] }
        let before = index > 0 ? tokens[index - 1] : token
        let after = tokens[min(index + 2, tokens.count - 1)]
        if case .int(let low) = before.value, case .int(let high) = after.value, before.kind == .int, after.kind == .int,
           high < Int.max {
            return ["for the numbers from \(low) to \(high), write (range \(low) \(high + 1))"]
        }
        return ["for a range of numbers use range: (range 1 4) gives 1, 2, 3"]
    }

    /// A `}` with no block open: one `}` too many.
    static let extraClosingBrace = "unexpected '}': there is no open block to close"

    /// A `}` where a statement should end, at the top level: one `}` too many.
    @inline(never)
    mutating func failExtraClosingBrace() throws(ParseAbort) -> Never {
        try fail(Self.extraClosingBrace)
    }

    /// The source text between two offsets (clamped to the file).
    func sourceText(_ start: Int, _ end: Int) -> String {
        let lower = min(max(0, start), bytes.count)
        return String(decoding: bytes[lower..<min(max(lower, end), bytes.count)], as: UTF8.self)
    }
}

extension StringProtocol {
    /// Without the whitespace (spaces, tabs, line breaks) at the end.
    func trimmingTrailingSpace() -> String {
        var text = String(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
