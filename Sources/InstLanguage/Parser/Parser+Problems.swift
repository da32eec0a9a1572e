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

    /// A `.` directly after a value but not followed by a field name: `$x.`, `$x.0`, `1..3`.
    @inline(never)
    mutating func failDanglingDot(after base: Expression) throws(ParseAbort) -> Never {
        let range = rangeNotes(at: peek())
        if !range.isEmpty { try fail("'..' is not an operator", at: span(peek().start, next.end), notes: range) }
        switch base.kind {
        case .int, .float:
            try fail("unexpected '.' after a number", notes: ["a float has digits after the point: 1.0"])
        default:
            let written = file.text(of: base.span)
            var notes = ["write \(written).name for a field, or \(written)[\"key\"] for any key"]
            if next.kind == .int, !next.spaceBefore {
                notes = ["to take an element of a list, write \(written)[\(text(of: next))]"]
            }
            try fail("expected a field name after '.'", notes: notes)
        }
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

    /// The closer of the innermost opener is missing. At the end of the file the error points at the
    /// opener, with a guess at where the closer belongs; elsewhere at the token found instead.
    @inline(never)
    mutating func failUnclosed(_ kind: Opener.Kind, found token: Token) throws(ParseAbort) -> Never {
        let opener = openers.last ?? Opener(kind: kind, start: token.start)
        let closer = kind == .string ? "'\"'" : kind.closer.displayName
        if token.kind == .endOfFile, kind != .string {
            let openerText = sourceText(opener.start, opener.start + (kind == .interpolation ? 2 : 1))
            try fail("this '\(openerText)' is never closed: expected \(closer) before the end of the file",
                     at: span(opener.start, opener.start + openerText.utf8.count),
                     notes: missingCloserGuess(for: opener).map { [$0] } ?? [])
        }
        var notes = token.kind == .newline || token.kind == .endOfFile ? [] : ["found \(describe(token))"]
        notes += hintsForUnexpected(token, in: kind)
        try fail("expected \(closer) to close \(opener.kind.description) opened at line \(line(of: opener.start))",
                 at: spanForProblem(at: token), notes: notes)
    }

    /// What an unexpected `,` or `=` inside brackets usually means.
    private func hintsForUnexpected(_ token: Token, in kind: Opener.Kind) -> [String] {
        switch token.kind {
        case .comma where kind == .paren || kind == .interpolation:
            return ["arguments are separated by spaces, not commas: write (name a b), not name(a, b)"]
        case .assign:
            return ["use '==' to compare: '=' only assigns, in let and set"]
        default:
            return rangeNotes(at: token)
        }
    }
}
