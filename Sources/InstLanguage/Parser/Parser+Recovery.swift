/// Thrown to abandon the statement being parsed; the statement loop catches it and resynchronises.
struct ParseAbort: Error {}

/// Something open around the current token: what it is and where it was opened.
struct Opener {
    enum Kind {
        case paren, interpolation, list, index, map, block, string

        /// The token that closes it.
        var closer: TokenKind {
            switch self {
            case .paren, .interpolation: return .rightParen
            case .list, .index: return .rightBracket
            case .map, .block: return .rightBrace
            case .string: return .stringEnd
            }
        }

        var description: String {
            switch self {
            case .paren: return "the '('"
            case .interpolation: return "the '$('"
            case .list: return "the list"
            case .index: return "the '['"
            case .map: return "the map"
            case .block: return "the block"
            case .string: return "the string"
            }
        }
    }

    var kind: Kind
    var start: Int
}

extension Parser {
    // MARK: Reporting

    mutating func report(_ message: String, at span: SourceSpan, notes: [String] = []) {
        guard !abandoned, lexicalErrors < Parser.maximumErrors else { return }
        // One error per place: a follow-on error at the same token adds nothing.
        if let last = diagnostics.last, last.span.start == span.start { return }
        diagnostics.append(.error(message, at: span, notes: notes))
        if diagnostics.count + lexicalErrors >= Parser.maximumErrors {
            diagnostics.append(.error("too many errors; stopping here", at: span))
            abandoned = true
        }
    }

    /// Reports and abandons the current statement.
    mutating func fail(_ message: String, at span: SourceSpan, notes: [String] = []) throws(ParseAbort) -> Never {
        report(message, at: span, notes: notes)
        throw ParseAbort()
    }

    /// Reports at the current token and abandons the current statement.
    mutating func fail(_ message: String, notes: [String] = []) throws(ParseAbort) -> Never {
        let token = peek()
        try fail(message, at: spanForProblem(at: token), notes: notes)
    }

    /// Where to point for a problem found at `token`: the token itself, or, when it is on a later line
    /// than what came before (something is missing at the end of a line), the end of that earlier line.
    func spanForProblem(at token: Token) -> SourceSpan {
        if token.kind == .newline || token.kind == .endOfFile || (previousEnd > 0 && token.start > previousEnd
            && bytes[previousEnd..<token.start].contains(.newline)) {
            return span(previousEnd, previousEnd)
        }
        return span(of: token)
    }

    // MARK: Nesting

    /// Opens a bracket, block, string or interpolation, enforcing ``maximumNesting``.
    mutating func open(_ kind: Opener.Kind, at token: Token) throws(ParseAbort) {
        if openers.count + operatorDepth >= Parser.maximumNesting { try failTooDeep(at: token) }
        openers.append(Opener(kind: kind, start: token.start))
    }

    /// Counts one more level of expression tree depth (an operator or a postfix access).
    mutating func deepenExpression(at token: Token) throws(ParseAbort) {
        if openers.count + operatorDepth >= Parser.maximumNesting { try failTooDeep(at: token) }
        operatorDepth += 1
    }

    /// Nesting beyond ``maximumNesting`` ends the parse: the rest of the input is skipped.
    @inline(never)
    private mutating func failTooDeep(at token: Token) throws(ParseAbort) -> Never {
        report("too deeply nested: more than \(Parser.maximumNesting) levels of brackets, blocks and operators",
               at: span(of: token), notes: ["split the expression into several statements with let"])
        abandoned = true
        throw ParseAbort()
    }

    /// Expects the closer of the innermost opener and pops it.
    mutating func close(_ kind: Opener.Kind) throws(ParseAbort) {
        let token = peek()
        guard token.kind == kind.closer else { try failUnclosed(kind, found: token) }
        advance()
        _ = openers.popLast()
    }

    // MARK: Resynchronising

    /// Skips the rest of a failed statement: to the next newline or `;` at the nesting level where the
    /// statement started, or to the `}` that closes the enclosing block. `base` is how many openers
    /// were open when the statement started; `statementStart` is the index of its first token.
    mutating func recover(toNestingLevel base: Int, statementStart: Int) {
        var pending = openers.count > base ? openers[base...].map(\.kind) : []
        openers.removeSubrange(min(base, openers.count)...)
        if abandoned {
            index = tokens.count - 1
            return
        }
        while true {
            let token = tokens[index]
            if index > statementStart, tokens[index - 1].kind == .newline, unclosedBracketsEndHere(pending, at: index) {
                return
            }
            switch token.kind {
            case .endOfFile:
                return
            case .newline, .semicolon:
                if pending.isEmpty { return }
            case .leftParen: pending.append(.paren)
            case .interpolationStart: pending.append(.interpolation)
            case .leftBracket: pending.append(.list)
            case .leftBrace: pending.append(.block)
            case .stringStart: pending.append(.string)
            case .rightParen, .rightBracket, .rightBrace, .stringEnd:
                if let match = pending.lastIndex(where: { $0.closer == token.kind }) {
                    pending.removeSubrange(match...)
                } else if token.kind == .rightBrace {
                    return // closes the enclosing block: leave it for the block
                }
            default:
                break
            }
            index += 1
        }
    }

    /// Inside brackets that were never closed, a line starting with a statement keyword (`let`, `if`,
    /// …) is taken as the next statement, so one missing `)` does not swallow the rest of the file.
    private func unclosedBracketsEndHere(_ pending: [Opener.Kind], at position: Int) -> Bool {
        guard !pending.isEmpty, !pending.contains(where: { $0 == .block || $0 == .string }) else { return false }
        return tokens[position].keyword?.startsStatement ?? false
    }
}
