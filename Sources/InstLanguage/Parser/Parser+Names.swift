extension Parser {
    /// A plain name being declared (`let x`, `for x`, `catch err`, parameters): `[A-Za-z_][A-Za-z0-9_]*`,
    /// not a keyword. A `$x` is accepted with an error, so parsing goes on.
    mutating func parseDeclaredName(after context: String) throws(ParseAbort) -> Identifier {
        let token = peek()
        switch token.kind {
        case .variable:
            advance()
            let name = name(of: token)
            report("write the name without '$': \(name.name)", at: span(of: token))
            return name
        case .word:
            let spelled = text(of: token)
            if let keyword = token.keyword {
                try fail("'\(keyword.rawValue)' is a keyword and cannot be used as a name")
            }
            if spelled.utf8.contains(.dot), context == "let" {
                try fail("'let' declares a plain variable name",
                         notes: ["to change a field of an existing variable, write: set \(spelled) = …"])
            }
            guard isPlainName(spelled) else {
                try fail("'\(spelled)' is not a valid name: use letters, digits and '_' (not starting with a digit)")
            }
            advance()
            return Identifier(spelled, span: span(of: token))
        default:
            try fail("expected a name after '\(context)', found \(describe(token))")
        }
    }

    func isPlainName(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isNameStart else { return false }
        return text.utf8.allSatisfy(\.isNameContinue)
    }

    /// The left side of `set`: `name`, `name.field`, `name[expr]`, in any combination.
    /// The lexer reads `stats.replies` as one bare word, so dotted words are split here.
    mutating func parseAssignmentTarget() throws(ParseAbort) -> AssignmentTarget {
        let token = peek()
        guard token.kind == .word || token.kind == .variable else {
            try fail("expected a variable name after 'set', found \(describe(token))")
        }
        let start = token.start
        var segments = token.kind == .variable ? [name(of: token)] : splitDottedWord(token)
        if token.kind == .variable {
            report("write the name without '$' after 'set': set \(segments[0].name) = …", at: span(of: token))
        }
        for segment in segments where !isPlainName(segment.name) || Keyword(rawValue: segment.name) != nil && segment.span.start == start {
            try fail("'\(segment.name)' is not a valid variable or field name", at: segment.span)
        }
        advance()
        let variable = segments.removeFirst()
        var path = segments.map { AssignmentTarget.PathElement.field($0) }
        while true {
            let next = tokens[index]
            if next.kind == .field {
                advance()
                path.append(.field(name(of: next)))
            } else if next.kind == .leftBracket, !next.spaceBefore {
                path.append(.index(try parseIndexSuffix()))
            } else {
                break
            }
        }
        return AssignmentTarget(variable: variable, path: path, span: span(from: start))
    }

    /// `a.b.c` as the identifiers `a`, `b`, `c`, each with its own span.
    private func splitDottedWord(_ token: Token) -> [Identifier] {
        var segments: [Identifier] = []
        var segmentStart = token.start
        for offset in token.start...token.end where offset == token.end || bytes[offset] == .dot {
            let segment = String(decoding: bytes[segmentStart..<offset], as: UTF8.self)
            segments.append(Identifier(segment, span: span(segmentStart, offset)))
            segmentStart = offset + 1
        }
        return segments
    }
}
