/// Errors met on the recursive paths of the parser (expressions, arguments, groups, blocks).
///
/// Each is its own non-inlined function so the message building stays out of the stack frames of the
/// recursive functions: with ``Parser/maximumNesting`` levels in flight, those frames are what bounds
/// the stack a deeply nested script needs.
extension Parser {
    @inline(never)
    mutating func failBlockIsNotAValue() throws(ParseAbort) -> Never {
        try fail("a block { … } is not a value",
                 notes: ["blocks follow if, for, while, proc, try and commands such as where { … }; a map needs key: value entries"])
    }

    @inline(never)
    mutating func failFlagIsNotAValue(_ flag: Token) throws(ParseAbort) -> Never {
        try fail("a flag (\(text(of: flag))) can only be a command argument")
    }

    @inline(never)
    mutating func failExpectedValue(found token: Token) throws(ParseAbort) -> Never {
        var notes: [String] = []
        if token.kind == .colon || token.kind == .dot {
            notes.append("put text containing \(token.kind.displayName) in quotes: \"…\"")
        }
        try fail("expected a value, found \(describe(token))", notes: notes)
    }

    /// Keywords other than `true`, `false` and `null` are not text in expressions.
    @inline(never)
    mutating func failKeywordAsValue(_ keyword: Keyword) throws(ParseAbort) -> Never {
        let quoteIt = "to use '\(keyword.rawValue)' as text, quote it: \"\(keyword.rawValue)\""
        if keyword.startsStatement {
            try fail("'\(keyword.rawValue)' starts a statement and cannot be used as a value", notes: [quoteIt])
        }
        try fail("expected a value, found '\(keyword.rawValue)'", notes: [quoteIt])
    }

    @inline(never)
    mutating func failEmpty(_ kind: Opener.Kind) throws(ParseAbort) -> Never {
        switch kind {
        case .index: try fail("expected an index inside '[ ]'")
        case .interpolation: try fail("empty $( ): put a command or an expression inside")
        default: try fail("empty ( ): put a command or an expression inside")
        }
    }

    @inline(never)
    mutating func failMissingOperand(after operation: BinaryOperator) throws(ParseAbort) -> Never {
        try fail("expected a value after '\(operation.rawValue)', found \(describe(peek()))")
    }

    @inline(never)
    mutating func failChainedComparison() throws(ParseAbort) -> Never {
        try fail("comparisons cannot be chained", notes: ["combine them with 'and': $a < $b and $b < $c"])
    }

    @inline(never)
    mutating func failMissingCommand() throws(ParseAbort) -> Never {
        try fail("expected a command after '|', found \(describe(peek()))",
                 notes: ["each stage after '|' is a command, such as: | where { … }"])
    }

    /// A token in command arguments that cannot start an argument.
    @inline(never)
    mutating func failInArguments(_ token: Token, of command: Identifier, isFirst: Bool) throws(ParseAbort) -> Never {
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
            try fail("unexpected \(describe(token)) in the arguments of '\(command.name)'",
                     notes: ["to compute a value, wrap the expression in parentheses: \(command.name) ($x \(text(of: token)) 1)"])
        }
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

    /// A map key without `:`; when the key starts a line, the map's `}` was probably forgotten.
    @inline(never)
    mutating func failMissingColon(afterKey key: String, at keyToken: Token) throws(ParseAbort) -> Never {
        var notes = ["write entries as key: value"]
        if keyToken.start > 0, bytes[..<keyToken.start].last(where: { $0 != .space && $0 != .tab }) == .newline,
           let map = openers.last {
            notes.append("is the '}' of the map opened at line \(line(of: map.start)) missing?")
        }
        try fail("expected ':' after the map key '\(key)', found \(describe(peek()))", notes: notes)
    }

    @inline(never)
    mutating func failMissingMapValue(afterKey key: String) throws(ParseAbort) -> Never {
        try fail("expected a value after '\(key):'")
    }

    @inline(never)
    mutating func failMissingSeparator(in kind: Opener.Kind, found token: Token) throws(ParseAbort) -> Never {
        let what = kind == .list ? "a list element" : "a map entry"
        let example = kind == .list ? "[a, b, c]" : "{a: 1, b: 2}"
        try fail("expected ',' or \(kind.closer.displayName) after \(what), found \(describe(token))",
                 at: spanForProblem(at: token), notes: ["separate entries with commas: \(example)"])
    }

    @inline(never)
    mutating func failUnclosed(_ kind: Opener.Kind, found token: Token) throws(ParseAbort) -> Never {
        let opener = openers.last ?? Opener(kind: kind, start: token.start)
        let closer = kind == .string ? "'\"'" : kind.closer.displayName
        let found = token.kind == .endOfFile || token.kind == .newline ? [] : ["found \(describe(token))"]
        try fail("expected \(closer) to close \(opener.kind.description) opened at line \(line(of: opener.start))",
                 at: spanForProblem(at: token), notes: found)
    }
}

/// Errors of statements whose bodies nest.
extension Parser {
    @inline(never)
    mutating func failMisplaced(_ token: Token) throws(ParseAbort) -> Never {
        switch token.keyword {
        case .else?:
            try fail("'else' without an 'if'", notes: ["'else' follows the '}' that closes an if block"])
        case .catch?:
            try fail("'catch' without a 'try'", notes: ["'catch' follows the '}' that closes a try block"])
        case let keyword?:
            try fail("unexpected '\(keyword.rawValue)' at the start of a statement")
        case nil:
            try fail("a block { … } cannot stand on its own",
                     notes: ["blocks follow if, for, while, proc, try and commands such as where { … }"])
        }
    }

    @inline(never)
    mutating func failMissingValue() throws(ParseAbort) -> Never {
        try fail("expected a value after '='")
    }

    @inline(never)
    mutating func failMissingIn(after variable: Identifier) throws(ParseAbort) -> Never {
        try fail("expected 'in' after 'for \(variable.name)'", notes: ["write: for \(variable.name) in $list { … }"])
    }

    @inline(never)
    mutating func failMissingCatch() throws(ParseAbort) -> Never {
        try fail("expected 'catch' after the try block", notes: ["write: try { … } catch err { … }"])
    }

    @inline(never)
    mutating func failMissingCondition(of keyword: String) throws(ParseAbort) -> Never {
        if keyword == "for" {
            try fail("expected what to loop over after 'in'", notes: ["write: for x in $list { … }"])
        }
        try fail("expected a condition after '\(keyword)'")
    }

    /// The condition of `keyword` (which started with `first`) is followed by `token` instead of `{`.
    @inline(never)
    mutating func failAfterCondition(of keyword: String, startingWith first: Token, found token: Token) throws(ParseAbort) -> Never {
        var notes: [String] = []
        if token.kind == .assign {
            notes.append("use '==' to compare")
        } else if first.kind == .word, first.keyword == nil, !endsStatement(token) {
            notes.append("to use a command's result, wrap it in parentheses: \(keyword) (\(text(of: first)) …) { … }")
        }
        let what = keyword == "for" ? "the list of 'for'" : "the condition of '\(keyword)'"
        try fail("expected '{' after \(what), found \(describe(token))", notes: notes)
    }

    @inline(never)
    mutating func failMissingBody(of keyword: String) throws(ParseAbort) -> Never {
        try fail("expected '{' to start the body of '\(keyword)', found \(describe(peek()))")
    }
}
