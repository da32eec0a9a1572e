/// Errors in command arguments, where people most often write expressions (`print $a + 1`),
/// commas, or a variable without its `$`.
extension Parser {
    /// A token in command arguments that cannot start an argument. `previousStart` is where the
    /// argument before it starts, `nil` when it would be the first argument.
    @inline(never)
    mutating func failInArguments(_ token: Token, of command: Identifier, previousStart: Int?) throws(ParseAbort) -> Never {
        let isFirst = previousStart == nil
        let readsAsVariable = isFirst && isPlainName(command.name)
        if isAtCompoundAssignment() { try failCompoundAssignment(token, variable: readsAsVariable ? command.name : nil) }
        switch token.kind {
        case .assign:
            try fail("unexpected '='", notes: [isFirst
                ? "to assign to a variable, write: set \(command.name) = … (or let \(command.name) = … to declare it)"
                : "write name=value without spaces"])
        case .comma:
            try fail("unexpected ','", notes: ["command arguments are separated by spaces, not commas"])
        case .minus where next.kind == .word && !next.spaceBefore:
            try fail("unexpected '-' in the arguments of '\(command.name)'",
                     notes: ["flags are written with two dashes: --\(text(of: next))"])
        default:
            let symbol = text(of: token)
            let note: String
            if readsAsVariable {
                note = "'\(command.name)' here is the name of a command; for the variable, write $\(command.name) \(symbol) …"
            } else if let previousStart {
                note = expressionHint(command: command.name, left: sourceText(previousStart, token.start).trimmingTrailingSpace(),
                                      operator: token, right: operandText(after: token))
            } else {
                note = "to compute a value, wrap the expression in parentheses: (… \(symbol) …)"
            }
            try fail("unexpected \(describe(token)) in the arguments of '\(command.name)'", notes: [note])
        }
    }

    /// `print ($a + 1)`, or for text joined with `+`, the interpolated string.
    private func expressionHint(command: String, left: String, operator token: Token, right: String) -> String {
        let isText = { (text: String) in text.hasPrefix("\"") || text.hasPrefix("'") }
        guard token.kind == .plus, isText(left) || isText(right) else {
            return "to compute a value, wrap the expression in parentheses: \(command) (\(left) \(text(of: token)) \(right))"
        }
        let plainString = { (text: String) in text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") && !text.contains("$(") }
        var joined = "\"text $name\""
        if plainString(left), right.hasPrefix("$") {
            joined = "\"\(left.dropFirst().dropLast())\(right)\""
        } else if left.hasPrefix("$"), plainString(right) {
            joined = "\"\(left)\(right.dropFirst().dropLast())\""
        }
        return "to join text with values, write them inside the string: \(command) \(joined)"
    }

    /// The source of the operand after the operator at the current token: a whole string, or the
    /// text up to the next space.
    private func operandText(after operation: Token) -> String {
        let operand = next
        guard operand.kind != .newline, operand.kind != .endOfFile else { return "…" }
        var end = operand.end
        if operand.kind == .stringStart {
            var depth = 0
            for token in tokens[(index + 1)...] {
                if token.kind == .stringStart { depth += 1 }
                if token.kind == .stringEnd { depth -= 1 }
                if depth == 0 || token.kind == .endOfFile {
                    end = token.end
                    break
                }
            }
        } else {
            while end < bytes.count, ![.space, .tab, .newline, .carriageReturn, UInt8(ascii: ";"), UInt8(ascii: "|"), .rightParen].contains(bytes[end]) {
                end += 1
            }
        }
        return sourceText(operand.start, end)
    }

    /// `where { … }.x` or `each { … }[0]`: a block is not a value.
    @inline(never)
    mutating func failPostfixOnBlock(_ token: Token) throws(ParseAbort) -> Never {
        let what = token.kind == .field ? "a field access" : "an index"
        try fail("\(what) cannot follow a block { … }: a block is code, not a value", at: span(of: token),
                 notes: ["a map needs key: value entries, as in {a: 1}.a"])
    }

    @inline(never)
    mutating func reportFlagWithValue(_ flag: Token) {
        let name = name(of: flag).name
        report("a flag takes no value: write \(name)=value, not --\(name)=value", at: span(of: flag))
    }

    @inline(never)
    mutating func failMissingNamedValue(_ name: Token, equals: Token) throws(ParseAbort) -> Never {
        try fail("expected a value after '\(text(of: name))='", at: span(of: equals))
    }

    @inline(never)
    mutating func reportSpacedNamedArgument(_ name: Token, value: Token) {
        report("write name=value without spaces: \(text(of: name))=\(text(of: value))", at: span(name.start, value.end))
    }

    @inline(never)
    mutating func failBlockAsNamedValue(_ name: Identifier) throws(ParseAbort) -> Never {
        try fail("a block cannot be passed as '\(name.name)='", notes: ["pass blocks on their own: where { … }"])
    }
}
