extension Parser {
    /// `stage | command | …`. A pipeline continues over a line break when the line ends with `|` or
    /// the next line starts with `|`.
    mutating func parsePipeline() throws(ParseAbort) -> Pipeline {
        let start = peek().start
        let first = try parseFirstStage()
        guard continuesPipeline() else { return Pipeline(stages: [first], span: span(from: start)) }
        return try parseLaterStages(after: first, from: start)
    }

    /// The `| command` stages after the first, with the parser at the first `|`.
    @inline(never)
    private mutating func parseLaterStages(after first: PipelineStage, from start: Int) throws(ParseAbort) -> Pipeline {
        var stages = [first]
        repeat {
            advance()
            skipNewlines()
            let token = peek()
            guard token.kind == .word, token.keyword == nil else {
                try failMissingCommand()
            }
            stages.append(.command(try parseCommand()))
        } while continuesPipeline()
        return Pipeline(stages: stages, span: span(from: start))
    }

    /// A command when it starts with a bare word (not a keyword); otherwise an expression.
    private mutating func parseFirstStage() throws(ParseAbort) -> PipelineStage {
        let token = peek()
        if token.kind == .word, token.keyword == nil {
            return .command(try parseCommand())
        }
        return .expression(try parseExpression())
    }

    /// At `|`, or at a line break followed by a line starting with `|` (which is then skipped).
    private mutating func continuesPipeline() -> Bool {
        let token = peek()
        if token.kind == .pipe { return true }
        if token.kind == .newline, significantToken(from: index).token.kind == .pipe {
            skipNewlines()
            return true
        }
        return false
    }

    /// `name argument…`; arguments run to the end of the statement, a `|`, or the closing `)`/`}`.
    @inline(never)
    mutating func parseCommand() throws(ParseAbort) -> Command {
        let nameToken = advance()
        let name = Identifier(text(of: nameToken), span: span(of: nameToken))
        var arguments: [Argument] = []
        var previousStart: Int?
        while true {
            let token = peek()
            if endsStatement(token) || startsNextStatementInsideBrackets(token) { break }
            arguments.append(try parseArgument(of: name, previousStart: previousStart))
            previousStart = token.start
        }
        return Command(name: name, arguments: arguments, span: span(from: nameToken.start))
    }

    /// Inside `( … )` a command could run over several lines; a line that starts with a statement
    /// keyword (`let`, `if`, …) is taken as a sign that the `)` was forgotten, so the error points there.
    private func startsNextStatementInsideBrackets(_ token: Token) -> Bool {
        guard skipsNewlines, index > 0, tokens[index - 1].kind == .newline, let keyword = token.keyword else {
            return false
        }
        return keyword.startsStatement
    }
}
