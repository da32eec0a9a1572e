/// Syntax from other languages that people type out of habit (`def f(a)`, `var x = 1`, `x += 1`,
/// `$i++`): each is reported with the way to write it here, as one error for the statement.
extension Parser {
    /// Words that declare a function in other languages, when followed by `name(`.
    private static let foreignProcedureKeywords: Set<String> = ["def", "fn", "func", "function"]
    /// Words that declare a variable in other languages, when followed by `name =`.
    private static let foreignVariableKeywords: Set<String> = ["var", "const", "local", "val"]

    /// At a statement starting with a bare word: `def name(…)` or `var name = …` is reported.
    /// Anything else (a command) is left alone.
    mutating func rejectForeignDeclaration(_ token: Token) throws(ParseAbort) {
        let nameToken = next
        guard nameToken.kind == .word, nameToken.keyword == nil, nameToken.spaceBefore, index + 2 < tokens.count else { return }
        let after = tokens[index + 2]
        guard (after.kind == .leftParen && !after.spaceBefore) || (after.kind == .assign && after.spaceBefore) else { return }
        let word = text(of: token)
        let name = text(of: nameToken)
        if Self.foreignProcedureKeywords.contains(word), after.kind == .leftParen {
            var signature = "\(name)(…)"
            if let close = tokens[(index + 2)...].first(where: { $0.kind == .rightParen || $0.kind == .newline }),
               close.kind == .rightParen {
                signature = sourceText(nameToken.start, close.end)
            }
            try fail("procedures are declared with 'proc', not '\(word)'", at: span(of: token),
                     notes: ["write: proc \(signature) { … }, and call it like a command: \(name) 1 2"])
        }
        if Self.foreignVariableKeywords.contains(word), after.kind == .assign, isPlainName(name) {
            try fail("variables are declared with 'let', not '\(word)'", at: span(of: token),
                     notes: ["write: let \(name) = \(restOfLine(after: after, stoppingAt: UInt8(ascii: ";"))), and read it as $\(name)"])
        }
    }

    /// `x += 1` (the parser at the operator, followed directly by `=`): there are no compound
    /// assignments. `variable` is the name assigned to, when known.
    @inline(never)
    mutating func failCompoundAssignment(_ operation: Token, variable: String?) throws(ParseAbort) -> Never {
        let symbol = text(of: operation)
        let name = variable ?? "name"
        try fail("there is no '\(symbol)=' operator", at: span(operation.start, next.end),
                 notes: ["write: set \(name) = $\(name) \(symbol) \(restOfLine(after: next, stoppingAt: UInt8(ascii: ";")))"])
    }

    /// `$i++` at the end of a statement (the parser at the second `+`): there is no increment operator.
    @inline(never)
    mutating func failIncrement(_ operation: Token, operand: Expression) throws(ParseAbort) -> Never {
        let symbol = text(of: operation)
        var name = "name"
        if case .variable(let variable) = operand.kind { name = variable.name }
        try fail("there is no '\(symbol)\(symbol)' operator", at: span(operation.start, peek().end),
                 notes: ["write: set \(name) = $\(name) \(symbol) 1"])
    }

    /// Whether the parser is at `+=`, `-=`, `*=`, `/=` or `%=`.
    func isAtCompoundAssignment() -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .plus, .minus, .star, .slash, .percent: return next.kind == .assign && !next.spaceBefore
        default: return false
        }
    }
}
