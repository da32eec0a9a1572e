extension Parser {
    /// `if c { } else if c { } else { }`; `else` may start the next line.
    mutating func parseIf() throws(ParseAbort) -> Statement {
        let start = advance().start
        var branches = [try parseConditionalBranch(after: "if")]
        var elseBody: Block?
        while let elseToken = followingKeyword(.else) {
            index = elseToken + 1
            previousEnd = tokens[elseToken].end
            if peek().keyword == .if {
                advance()
                branches.append(try parseConditionalBranch(after: "else if"))
            } else {
                elseBody = try parseBody(of: "else")
                break
            }
        }
        return Statement(.ifChain(branches: branches, elseBody: elseBody), span: span(from: start))
    }

    private mutating func parseConditionalBranch(after keyword: String) throws(ParseAbort) -> ConditionalBranch {
        let condition = try parseCondition(of: keyword)
        return ConditionalBranch(condition: condition, body: try parseBody(of: keyword))
    }

    /// `for name in <expr> { }`
    mutating func parseFor() throws(ParseAbort) -> Statement {
        let start = advance().start
        let variable = try parseDeclaredName(after: "for")
        guard peek().keyword == .in else { try failMissingIn(after: variable) }
        advance()
        let sequence = try parseCondition(of: "for")
        let body = try parseBody(of: "for")
        return Statement(.forIn(variable: variable, sequence: sequence, body: body), span: span(from: start))
    }

    /// `while <expr> { }`
    mutating func parseWhile() throws(ParseAbort) -> Statement {
        let start = advance().start
        let condition = try parseCondition(of: "while")
        let body = try parseBody(of: "while")
        return Statement(.whileLoop(condition: condition, body: body), span: span(from: start))
    }

    /// `try { } catch err { }`; the name is optional and `catch` may start the next line.
    mutating func parseTryCatch() throws(ParseAbort) -> Statement {
        let start = advance().start
        let body = try parseBody(of: "try")
        guard let catchToken = followingKeyword(.catch) else { try failMissingCatch() }
        index = catchToken + 1
        previousEnd = tokens[catchToken].end
        var errorName: Identifier?
        if peek().kind != .leftBrace {
            errorName = try parseDeclaredName(after: "catch")
        }
        let handler = try parseBody(of: "catch")
        return Statement(.tryCatch(body: body, errorName: errorName, handler: handler), span: span(from: start))
    }

    /// The index of `keyword` if it is the next token, possibly on a following line.
    private func followingKeyword(_ keyword: Keyword) -> Int? {
        let (token, position) = significantToken(from: index)
        return token.kind == .word && token.keyword == keyword ? position : nil
    }

    /// An expression followed by the `{` of a body, with hints for the usual mistakes.
    ///
    /// A `{` that starts the expression is a map literal when it looks like one (``isMapAhead()``):
    /// `for e in {a: 1} { … }`. The `{` after a complete expression is the body.
    private mutating func parseCondition(of keyword: String) throws(ParseAbort) -> Expression {
        let first = peek()
        if (first.kind == .leftBrace && !isMapAhead()) || endsStatement(first) {
            try failMissingCondition(of: keyword)
        }
        let condition = try parseExpression()
        let token = peek()
        guard token.kind != .leftBrace, !(token.kind == .newline && significantToken(from: index).token.kind == .leftBrace) else {
            return condition
        }
        if first.kind == .leftBrace, endsStatement(token) {
            // `while {}` or `if {\n}`: the braces were meant as the body.
            try failMissingCondition(of: keyword, at: span(of: first))
        }
        try failAfterCondition(of: keyword, startingWith: first, found: token)
    }

    /// A `{ … }` body after a keyword; the `{` may be on the next line.
    mutating func parseBody(of keyword: String) throws(ParseAbort) -> Block {
        if tokens[index].kind == .newline, significantToken(from: index).token.kind == .leftBrace {
            skipNewlines()
        }
        guard peek().kind == .leftBrace else { try failMissingBody(of: keyword) }
        return try parseBlock()
    }

    /// `{ statements }`, with the parser at the `{`.
    mutating func parseBlock() throws(ParseAbort) -> Block {
        let brace = advance()
        try open(.block, at: brace)
        let statements = parseStatements(inBlock: true)
        try close(.block)
        return Block(statements: statements, span: span(from: brace.start))
    }
}
