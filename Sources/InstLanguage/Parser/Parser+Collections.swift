extension Parser {
    /// `[a, b, c,]`; elements are expressions and may span lines.
    mutating func parseList() throws(ParseAbort) -> Expression {
        let bracket = advance()
        try open(.list, at: bracket)
        var elements: [Expression] = []
        while peek().kind != .rightBracket, peek().kind != .endOfFile {
            elements.append(try parseExpression())
            guard try continuesAfterEntry(of: .list) else { break }
        }
        try close(.list)
        return Expression(.list(elements), span: span(from: bracket.start))
    }

    /// `{key: value, …}`; keys are bare words (keywords included) or plain strings.
    mutating func parseMap() throws(ParseAbort) -> Expression {
        let brace = advance()
        try open(.map, at: brace)
        var entries: [MapEntry] = []
        while peek().kind != .rightBrace, peek().kind != .endOfFile {
            let keyToken = peek()
            let (key, keySpan) = try parseMapKey()
            guard peek().kind == .colon else { try failMissingColon(afterKey: key, at: keyToken) }
            advance()
            if peek().kind == .comma || peek().kind == .rightBrace {
                try failMissingMapValue(afterKey: key)
            }
            entries.append(MapEntry(key: key, keySpan: keySpan, value: try parseExpression()))
            guard try continuesAfterEntry(of: .map) else { break }
        }
        try close(.map)
        return Expression(.map(entries), span: span(from: brace.start))
    }

    /// After a list element or map entry: `,` (consumed, more may follow) or the closer (not consumed).
    /// A closer of another kind or the end of the file is left for ``close(_:)`` to report.
    private mutating func continuesAfterEntry(of kind: Opener.Kind) throws(ParseAbort) -> Bool {
        let token = peek()
        switch token.kind {
        case .comma:
            advance()
            return true
        case kind.closer, .rightParen, .rightBracket, .rightBrace, .endOfFile:
            return false
        default:
            try failMissingSeparator(in: kind, found: token)
        }
    }

    private mutating func parseMapKey() throws(ParseAbort) -> (String, SourceSpan) {
        let token = peek()
        switch token.kind {
        case .word:
            advance()
            return (text(of: token), span(of: token))
        case .rawString:
            advance()
            return (decodedText(of: token), span(of: token))
        case .stringStart:
            let key = try parseString()
            guard case .string(let text) = key.kind else {
                try fail("a map key must be plain text, without $ interpolation", at: key.span)
            }
            return (text, key.span)
        case .int, .float:
            advance()
            report("a map key must be a word or a string: write \"\(text(of: token))\"", at: span(of: token))
            return (text(of: token), span(of: token))
        default:
            try fail("expected a map key (a word or a string), found \(describe(token))")
        }
    }

    /// At `{`: a map if followed (across line breaks) by `}` or by a word or string and `:`; else a block.
    @inline(never)
    func isMapAhead() -> Bool {
        let (first, position) = significantToken(from: index + 1)
        switch first.kind {
        case .rightBrace:
            return true
        case .word, .rawString, .int, .float:
            return tokens[position + 1].kind == .colon
        case .stringStart:
            var depth = 0
            for offset in position..<tokens.count {
                switch tokens[offset].kind {
                case .stringStart: depth += 1
                case .stringEnd:
                    depth -= 1
                    if depth == 0 { return tokens[offset + 1].kind == .colon }
                case .endOfFile: return false
                default: break
                }
            }
            return false
        default:
            return false
        }
    }
}
