extension Parser {
    /// One command argument: a value, `name=value`, `--flag`, or a `{ block }`. `previousStart` is
    /// where the argument before it starts (for hints), `nil` for the first.
    mutating func parseArgument(of command: Identifier, previousStart: Int?) throws(ParseAbort) -> Argument {
        let token = peek()
        switch token.kind {
        case .word where next.kind == .assign:
            return try parseNamedArgument()
        case .flag:
            return try parseFlag()
        case .leftBrace where !isMapAhead():
            let block = try parseBlock()
            let after = tokens[index]
            if after.kind == .field || (after.kind == .leftBracket && !after.spaceBefore) { try failPostfixOnBlock(after) }
            return .block(block)
        case .minus where !token.spaceBefore || !startsNegativeNumber(token):
            // `print $a-1`, `print $a - 1`: arithmetic, which arguments do not have.
            try failInArguments(token, of: command, previousStart: previousStart)
        case .assign, .comma, .plus, .star, .slash, .percent, .equal, .notEqual, .less, .lessOrEqual, .greater,
             .greaterOrEqual, .coalesce:
            try failInArguments(token, of: command, previousStart: previousStart)
        default:
            return .positional(try parseArgumentValue(named: nil))
        }
    }

    /// `--name`; `--name=value` is reported and taken as `name=value`. The name's span covers the
    /// dashes, so errors about the flag underline all of it.
    @inline(never)
    private mutating func parseFlag() throws(ParseAbort) -> Argument {
        let token = advance()
        let flag = Identifier(name(of: token).name, span: span(of: token))
        guard tokens[index].kind == .assign, !tokens[index].spaceBefore else { return .flag(flag) }
        reportFlagWithValue(token)
        advance()
        return .named(flag, try parseArgumentValue(named: flag))
    }

    /// `name=value`, written without spaces; with spaces it is reported and parsed the same way.
    @inline(never)
    private mutating func parseNamedArgument() throws(ParseAbort) -> Argument {
        let nameToken = advance()
        let equals = advance()
        let name = Identifier(text(of: nameToken), span: span(of: nameToken))
        let valueToken = tokens[index]
        if endsStatement(valueToken) {
            try failMissingNamedValue(nameToken, equals: equals)
        }
        if equals.spaceBefore || valueToken.spaceBefore {
            reportSpacedNamedArgument(nameToken, value: valueToken)
        }
        return .named(name, try parseArgumentValue(named: name))
    }

    /// One argument-form atom: a literal, string, `$var` with postfix, `( … )`, list, map, bare word,
    /// or a negative number. `name` is set for the value of `name=value`.
    @inline(never)
    private mutating func parseArgumentValue(named name: Identifier?) throws(ParseAbort) -> Expression {
        let token = peek()
        switch token.kind {
        case .word:
            advance()
            return wordValue(token)
        case .minus where startsNegativeNumber(token):
            return try parseNegativeNumber()
        case .leftBrace where !isMapAhead():
            guard let name else { return try parsePrimary() }
            try failBlockAsNamedValue(name)
        default:
            return try parsePrimary()
        }
    }

    /// A bare word in a value position: `true`, `false`, `null`, or a string.
    func wordValue(_ token: Token) -> Expression {
        let kind: ExpressionKind
        switch token.keyword {
        case .true?: kind = .bool(true)
        case .false?: kind = .bool(false)
        case .null?: kind = .null
        default: kind = .string(text(of: token))
        }
        return Expression(kind, span: span(of: token))
    }

    /// A `-` directly followed by a number literal (the parser is at the `-`).
    private func startsNegativeNumber(_ minus: Token) -> Bool {
        (next.kind == .int || next.kind == .float) && !next.spaceBefore
    }

    /// `-5` or `-1.5` in argument position.
    private mutating func parseNegativeNumber() throws(ParseAbort) -> Expression {
        let minus = advance()
        let number = advance()
        let span = span(minus.start, number.end)
        switch number.value {
        case .int(let value): return Expression(.int(-value), span: span)
        case .float(let value): return Expression(.float(-value), span: span)
        default: return Expression(.int(0), span: span)
        }
    }
}
