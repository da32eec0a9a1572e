/// Binding strength of operators, loosest first.
enum Precedence: Int, Comparable {
    case or = 1, and, not, comparison, coalesce, additive, multiplicative, unary

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The next tighter level (operands of a left-associative operator are parsed at it).
    var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .unary }
}

extension Parser {
    /// A full expression: `or` < `and` < `not` < comparison < `??` < `+ -` < `* / %` < unary `-` < postfix.
    mutating func parseExpression() throws(ParseAbort) -> Expression {
        try parseBinary(.or)
    }

    /// Precedence climbing. Left-associative operators loop; `??` (right-associative) recurses on its
    /// right side; comparisons do not chain. Every operator counts towards the nesting limit.
    private mutating func parseBinary(_ minimum: Precedence) throws(ParseAbort) -> Expression {
        let token = peek()
        let hasPrefix = token.kind == .minus || (token.kind == .word && token.keyword == .not)
        let operand = try hasPrefix ? parsePrefixed() : parsePrimary()
        guard let (_, precedence) = binaryOperator(at: peek()), precedence >= minimum else { return operand }
        return try parseOperators(after: operand, minimum: minimum)
    }

    /// The operators (and right operands) that follow `first`, binding at least as tightly as `minimum`.
    @inline(never)
    private mutating func parseOperators(after first: Expression, minimum: Precedence) throws(ParseAbort) -> Expression {
        let savedDepth = operatorDepth
        defer { operatorDepth = savedDepth }
        var left = first
        while true {
            let token = peek()
            guard let (operation, precedence) = binaryOperator(at: token), precedence >= minimum else { break }
            if isAtCompoundAssignment() { try failCompoundAssignment(token, variable: variableName(of: left)) }
            try deepenExpression(at: token)
            advance()
            if operation == .notContains { advance() }
            if isAtIncrement(after: token) { try failIncrement(token, operand: left) }
            if endsStatement(peek()) {
                try failMissingOperand(after: operation)
            }
            let right = try parseBinary(precedence == .coalesce ? .coalesce : precedence.tighter)
            left = Expression(.binary(operation, left, right), span: left.span.merged(with: right.span))
            if precedence == .comparison, let (_, following) = binaryOperator(at: peek()), following == .comparison {
                try failChainedComparison()
            }
        }
        return left
    }

    /// Prefix `not` (applies to a comparison) and unary `-` (applies to a postfix expression),
    /// counted in a loop rather than recursion. `-` directly on a number literal folds into it.
    @inline(never)
    private mutating func parsePrefixed() throws(ParseAbort) -> Expression {
        var prefixes: [Token] = []
        while true {
            let token = peek()
            guard token.kind == .minus || (token.kind == .word && token.keyword == .not) else { break }
            try deepenExpression(at: token)
            advance()
            prefixes.append(token)
            // `not` governs a whole comparison: `not $a == $b` is `not ($a == $b)`.
            if token.kind == .word { break }
        }
        let operand = try prefixes[prefixes.count - 1].kind == .word ? parseBinary(.comparison) : parsePrimary()
        return applying(prefixes, to: operand)
    }

    @inline(never)
    private func applying(_ prefixes: [Token], to operand: Expression) -> Expression {
        var operand = operand
        for prefix in prefixes.reversed() {
            let span = span(prefix.start, operand.span.end)
            let adjacent = operand.span.start == prefix.end
            switch operand.kind {
            case .int(let value) where prefix.kind == .minus && adjacent:
                operand = Expression(.int(-value), span: span)
            case .float(let value) where prefix.kind == .minus && adjacent:
                operand = Expression(.float(-value), span: span)
            default:
                operand = Expression(.unary(prefix.kind == .minus ? .negate : .not, operand), span: span)
            }
        }
        return operand
    }

    /// The binary operator a token starts, if any: symbols, `and`, `or`, `in`, and `not in`.
    private func binaryOperator(at token: Token) -> (BinaryOperator, Precedence)? {
        switch token.kind {
        case .plus: return (.add, .additive)
        case .minus: return (.subtract, .additive)
        case .star: return (.multiply, .multiplicative)
        case .slash: return (.divide, .multiplicative)
        case .percent: return (.remainder, .multiplicative)
        case .equal: return (.equal, .comparison)
        case .notEqual: return (.notEqual, .comparison)
        case .less: return (.less, .comparison)
        case .lessOrEqual: return (.lessOrEqual, .comparison)
        case .greater: return (.greater, .comparison)
        case .greaterOrEqual: return (.greaterOrEqual, .comparison)
        case .coalesce: return (.coalesce, .coalesce)
        case .word:
            switch token.keyword {
            case .and?: return (.and, .and)
            case .or?: return (.or, .or)
            case .in?: return (.contains, .comparison)
            case .not? where next.kind == .word && next.keyword == .in: return (.notContains, .comparison)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `$i++` / `$i--` ending a statement, with the parser at the second sign.
    private mutating func isAtIncrement(after operation: Token) -> Bool {
        let token = peek()
        guard operation.kind == .plus || operation.kind == .minus, token.kind == operation.kind, !token.spaceBefore else {
            return false
        }
        return endsStatement(next)
    }

    private func variableName(of expression: Expression) -> String? {
        if case .variable(let name) = expression.kind { return name.name }
        return nil
    }
}
