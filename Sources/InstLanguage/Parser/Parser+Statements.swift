extension Parser {
    /// Statements up to the end of the file, or (in a block) up to its closing `}`, which is left unconsumed.
    mutating func parseStatements(inBlock: Bool) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            let token = tokens[index]
            if token.kind == .endOfFile || (inBlock && token.kind == .rightBrace) { break }
            if token.kind == .rightBrace {
                report(Self.extraClosingBrace, at: span(of: token))
                advance()
                continue
            }
            let nestingLevel = openers.count
            let depth = operatorDepth
            let statementStart = index
            do throws(ParseAbort) {
                let statement = try parseStatement()
                try expectStatementEnd(inBlock: inBlock)
                statements.append(statement)
            } catch {
                recover(toNestingLevel: nestingLevel, statementStart: statementStart)
                operatorDepth = depth
            }
            if abandoned {
                index = tokens.count - 1
                break
            }
        }
        return statements
    }

    private mutating func skipSeparators() {
        while tokens[index].kind == .newline || tokens[index].kind == .semicolon { index += 1 }
    }

    /// After a statement: a newline, `;`, the block's `}` or the end of the file.
    private mutating func expectStatementEnd(inBlock: Bool) throws(ParseAbort) {
        let token = tokens[index]
        switch token.kind {
        case .newline, .semicolon, .endOfFile: return
        case .rightBrace where inBlock: return
        case .rightBrace:
            try failExtraClosingBrace()
        case .assign:
            try fail("unexpected '='", notes: ["to assign to a variable, write: set name = value"])
        case .leftBrace:
            try fail("unexpected '{' after the end of the statement")
        default:
            try fail("expected a newline or ';' after the statement, found \(describe(token))", notes: rangeNotes(at: token))
        }
    }

    mutating func parseStatement() throws(ParseAbort) -> Statement {
        let token = peek()
        guard token.kind == .word, let keyword = token.keyword else {
            if isEventHandlerAhead() { return try parseEventHandler() }
            if token.kind == .word { try rejectForeignDeclaration(token) }
            if token.kind == .leftBrace, !isMapAhead() { try failMisplaced(token) }
            let pipeline = try parsePipeline()
            return Statement(.pipeline(pipeline), span: pipeline.span)
        }
        switch keyword {
        case .let: return try parseLet()
        case .set: return try parseSet()
        case .if: return try parseIf()
        case .for: return try parseFor()
        case .while: return try parseWhile()
        case .break, .continue:
            advance()
            return Statement(keyword == .break ? .breakLoop : .continueLoop, span: span(of: token))
        case .return: return try parseReturn()
        case .try: return try parseTryCatch()
        case .proc: return try parseProcedure()
        case .param: return try parseParam()
        case .use: return try parseUse()
        case .require: return try parseRequire()
        case .else, .catch, .in, .and, .or:
            try failMisplaced(token)
        case .not, .true, .false, .null:
            let pipeline = try parsePipeline()
            return Statement(.pipeline(pipeline), span: pipeline.span)
        }
    }

    /// `let name = <pipeline>`
    private mutating func parseLet() throws(ParseAbort) -> Statement {
        let start = advance().start
        let name = try parseDeclaredName(after: "let")
        try expectAssignment(after: "let \(name.name)", variable: name.name)
        let value = try parseRightHandSide()
        return Statement(.letBinding(name: name, value: value), span: span(from: start))
    }

    /// `set name.field[index] = <pipeline>`
    private mutating func parseSet() throws(ParseAbort) -> Statement {
        let start = advance().start
        let target = try parseAssignmentTarget()
        try expectAssignment(after: "set \(file.text(of: target.span))", variable: target.variable.name)
        let value = try parseRightHandSide()
        return Statement(.set(target: target, value: value), span: span(from: start))
    }

    private mutating func expectAssignment(after what: String, variable: String) throws(ParseAbort) {
        let token = peek()
        if isAtCompoundAssignment() { try failCompoundAssignment(token, variable: variable) }
        if token.kind == .assign {
            advance()
        } else if token.kind == .equal {
            report("use '=' to assign ('==' compares)", at: span(of: token))
            advance()
        } else {
            try fail("expected '=' after '\(what)'")
        }
    }

    /// The value after `=` in let/set: a pipeline, where a leading bare word is a command.
    private mutating func parseRightHandSide() throws(ParseAbort) -> Pipeline {
        if endsStatement(peek()) { try failMissingValue() }
        return try parsePipeline()
    }

    /// `return` or `return <pipeline>`
    private mutating func parseReturn() throws(ParseAbort) -> Statement {
        let start = advance().start
        let value: Pipeline? = endsStatement(peek()) ? nil : try parsePipeline()
        return Statement(.returnValue(value), span: span(from: start))
    }

    /// Tokens that end a statement (and the arguments of a command).
    func endsStatement(_ token: Token) -> Bool {
        switch token.kind {
        case .newline, .semicolon, .rightBrace, .rightParen, .rightBracket, .endOfFile, .pipe: return true
        default: return false
        }
    }
}
