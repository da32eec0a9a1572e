extension Parser {
    /// A literal, string, `$var`, `( … )`, `$( … )`, list, map or bare word, with its postfix accesses.
    mutating func parsePrimary() throws(ParseAbort) -> Expression {
        let base: Expression
        switch peek().kind {
        case .stringStart:
            base = try parseString()
        case .leftParen, .interpolationStart:
            base = try parseGroup()
        case .leftBracket:
            base = try parseList()
        case .leftBrace:
            guard isMapAhead() else { try failBlockIsNotAValue() }
            base = try parseMap()
        case .word:
            return try parseWordValue()
        default:
            base = try parseAtom()
        }
        return try parsePostfix(base)
    }

    /// A bare word in an expression: `true`, `false`, `null` or a string. Other keywords are errors.
    @inline(never)
    private mutating func parseWordValue() throws(ParseAbort) -> Expression {
        let token = peek()
        if let keyword = token.keyword, keyword != .true, keyword != .false, keyword != .null {
            try failKeywordAsValue(keyword)
        }
        advance()
        return wordValue(token)
    }

    /// A number, raw string or variable: primaries that contain nothing nested.
    @inline(never)
    private mutating func parseAtom() throws(ParseAbort) -> Expression {
        let token = peek()
        let kind: ExpressionKind
        switch (token.kind, token.value) {
        case (.int, .int(let value)): kind = .int(value)
        case (.float, .float(let value)): kind = .float(value)
        case (.rawString, _): kind = .string(decodedText(of: token))
        case (.variable, _): kind = .variable(name(of: token))
        case (.flag, _): try failFlagIsNotAValue(token)
        default: try failExpectedValue(found: token)
        }
        advance()
        return Expression(kind, span: span(of: token))
    }

    /// `.field` and `[index]` directly after an expression (no space before them).
    mutating func parsePostfix(_ base: Expression) throws(ParseAbort) -> Expression {
        let savedDepth = operatorDepth
        defer { operatorDepth = savedDepth }
        var result = base
        while true {
            let token = tokens[index]
            if token.kind == .field {
                try deepenExpression(at: token)
                advance()
                result = Expression(.field(base: result, name: name(of: token)), span: span(from: result.span.start))
            } else if token.kind == .leftBracket, !token.spaceBefore {
                try deepenExpression(at: token)
                let index = try parseIndexSuffix()
                result = Expression(.index(base: result, index: index), span: span(from: result.span.start))
            } else if token.kind == .dot, !token.spaceBefore {
                try failDanglingDot(after: result)
            } else {
                return result
            }
        }
    }

    /// `[ <expr> ]` after a value or in a `set` target.
    mutating func parseIndexSuffix() throws(ParseAbort) -> Expression {
        let bracket = advance()
        try open(.index, at: bracket)
        if peek().kind == .rightBracket {
            try failEmpty(.index)
        }
        let index = try parseExpression()
        try close(.index)
        return index
    }

    /// `( pipeline )` or `$( pipeline )`: a first bare word inside is a command.
    mutating func parseGroup() throws(ParseAbort) -> Expression {
        let paren = advance()
        let kind: Opener.Kind = paren.kind == .interpolationStart ? .interpolation : .paren
        try open(kind, at: paren)
        if peek().kind == .rightParen {
            try failEmpty(kind)
        }
        let pipeline = try parsePipeline()
        try close(kind)
        return Expression(.group(pipeline), span: span(from: paren.start))
    }

    /// `"text $name $name.field $( pipeline ) text"`; plain text when nothing is interpolated.
    mutating func parseString() throws(ParseAbort) -> Expression {
        let quote = advance()
        try open(.string, at: quote)
        var parts: [StringPart] = []
        var interpolates = false
        loop: while true {
            let token = tokens[index]
            switch token.kind {
            case .stringText:
                advance()
                parts.append(.text(decodedText(of: token)))
            case .variable:
                advance()
                let variable = Expression(.variable(name(of: token)), span: span(of: token))
                parts.append(.expression(try parsePostfix(variable)))
                interpolates = true
            case .interpolationStart:
                parts.append(.expression(try parseGroup()))
                interpolates = true
            default:
                break loop
            }
        }
        try close(.string)
        let span = span(from: quote.start)
        guard interpolates else {
            let text = parts.reduce(into: "") { text, part in
                if case .text(let piece) = part { text += piece }
            }
            return Expression(.string(text), span: span)
        }
        return Expression(.interpolated(parts), span: span)
    }
}
