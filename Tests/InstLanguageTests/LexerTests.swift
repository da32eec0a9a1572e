import Testing
@testable import InstLanguage

/// Tokens rendered as `kind:text` (decoded values for literals), newlines as `⏎`, without the end token.
private func lex(_ text: String) -> [String] {
    let file = SourceFile(name: "lex.inst", text: text)
    let lexed = Lexer.tokenize(file)
    return lexed.tokens.dropLast().map { token in
        let source = file.text(of: SourceSpan(file: file, start: token.start, end: token.end))
        switch (token.kind, token.value) {
        case (.newline, _): return "⏎"
        case (_, .int(let value)): return "int:\(value)"
        case (_, .float(let value)): return "float:\(value)"
        case (_, .text(let index)): return "\(token.kind):\(lexed.texts[index])"
        default: return token.keyword != nil ? "kw:\(source)" : "\(token.kind):\(source)"
        }
    }
}

private func lexicalProblems(_ text: String) -> [String] {
    Lexer.tokenize(SourceFile(name: "lex.inst", text: text)).diagnostics.map { "\($0.span.location): \($0.message)" }
}

@Suite struct LexerTests {
    @Test func bareWordsJoinWithPunctuationOnlyBetweenWordCharacters() {
        #expect(lex("instantly.campaigns.list sort-by America/Detroit ada@northwind.test a- b. c/")
            == ["word:instantly.campaigns.list", "word:sort-by", "word:America/Detroit", "word:ada@northwind.test",
                "word:a", "minus:-", "word:b", "dot:.", "word:c", "slash:/"])
    }

    @Test func keywordsAreMarkedWords() {
        #expect(lex("let set if else for in while and or not true false null lets")
            == ["kw:let", "kw:set", "kw:if", "kw:else", "kw:for", "kw:in", "kw:while", "kw:and", "kw:or", "kw:not",
                "kw:true", "kw:false", "kw:null", "word:lets"])
    }

    @Test func numbers() {
        #expect(lex("123 1_000 1.5 1e3 2.5E-3 0x1F 0xff_ff") == ["int:123", "int:1000", "float:1.5", "float:1000.0",
                                                             "float:0.0025", "int:31", "int:65535"])
    }

    @Test func numberFollowedByLettersIsAWord() {
        #expect(lex("2d 30s 10m 1.5x 3e") == ["word:2d", "word:30s", "word:10m", "word:1.5x", "word:3e"])
    }

    @Test func uuidsAreWordsEvenWhenTheyStartWithDigits() {
        #expect(lex("get 00000000-0000-4000-8000-000000000000") == ["word:get", "word:00000000-0000-4000-8000-000000000000"])
        #expect(lex("12345678-9abc-4def-8000-00000000000a") == ["word:12345678-9abc-4def-8000-00000000000a"])
        // Not a UUID: arithmetic stays arithmetic.
        #expect(lex("1-2") == ["int:1", "minus:-", "int:2"])
    }

    @Test func integerOverflowIsADiagnostic() {
        #expect(lex("9223372036854775807") == ["int:9223372036854775807"])
        #expect(lexicalProblems("let x = 9223372036854775808")
            == ["1:9: integer literal is too large (the largest integer is 9223372036854775807)"])
        #expect(lexicalProblems("0xFFFFFFFFFFFFFFFFF").count == 1)
    }

    @Test func variablesFieldsAndAdjacency() {
        #expect(lex("$a.b[0].c $a .b $x") == ["variable:$a", "field:.b", "leftBracket:[", "int:0", "rightBracket:]",
                                             "field:.c", "variable:$a", "dot:.", "word:b", "variable:$x"])
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "$a[0] $a [0]")).tokens
        #expect(tokens.map(\.spaceBefore) == [true, false, false, false, true, true, false, false, true])
    }

    @Test func flagsAndOperators() {
        #expect(lex("--desc --dry-run - -- == != <= >= < > = ?? | , : ; + * / %")
            == ["flag:--desc", "flag:--dry-run", "minus:-", "minus:-", "minus:-", "equal:==", "notEqual:!=",
                "lessOrEqual:<=", "greaterOrEqual:>=", "less:<", "greater:>", "assign:=", "coalesce:??", "pipe:|",
                "comma:,", "colon::", "semicolon:;", "plus:+", "star:*", "slash:/", "percent:%"])
    }

    @Test func commentsAndBlankLinesCollapse() {
        #expect(lex("a # comment \"not a string\"\n\n\n  # only a comment\nb") == ["word:a", "⏎", "word:b"])
    }

    @Test func backslashNewlineJoinsLines() {
        #expect(lex("a \\\n  b\nc") == ["word:a", "word:b", "⏎", "word:c"])
        #expect(lexicalProblems("a \\  \nb") == ["1:3: remove the spaces after '\\': it continues the line only as the last character"])
        #expect(lexicalProblems("a \\ b").count == 1)
    }

    @Test func interpolatedStringIsATokenSequence() {
        #expect(lex(#""hi $name.first, $x. $( len $y ) \$5 \"q\"""#)
            == ["stringStart:\"", "stringText:hi ", "variable:$name", "field:.first", "stringText:, ",
                "variable:$x", "stringText:. ", "interpolationStart:$(", "word:len", "variable:$y", "rightParen:)",
                "stringText: $5 \"q\"", "stringEnd:\""])
    }

    @Test func interpolationNestsQuotesAndParentheses() {
        #expect(lex(#""a $(f "b $(g (1)) c") d""#)
            == ["stringStart:\"", "stringText:a ", "interpolationStart:$(", "word:f", "stringStart:\"", "stringText:b ",
                "interpolationStart:$(", "word:g", "leftParen:(", "int:1", "rightParen:)", "rightParen:)",
                "stringText: c", "stringEnd:\"", "rightParen:)", "stringText: d", "stringEnd:\""])
    }

    @Test func dollarWithoutANameIsLiteralInStrings() {
        #expect(lex(#""costs $5 or $ or $""#) == ["stringStart:\"", "stringText:costs $5 or $ or $", "stringEnd:\""])
    }

    @Test func escapes() {
        #expect(lex(#""\n\t\r\\\$\u{1F600}\u{41}""#) == ["stringStart:\"", "stringText:\n\t\r\\$😀A", "stringEnd:\""])
        #expect(lexicalProblems(#""a\qb""#) == [#"1:3: unknown escape sequence '\q' in a string"#])
        #expect(lexicalProblems(#""\u{110000}""#) == [#"1:2: \u{110000} is not a valid Unicode scalar"#])
    }

    @Test func rawStringsHaveNoEscapesOrInterpolation() {
        #expect(lex(#"'a $x \n "b"'"#) == [#"rawString:a $x \n "b""#])
    }

    @Test func stringsSpanLines() {
        #expect(lex("\"a\nb\" 'c\nd'") == ["stringStart:\"", "stringText:a\nb", "stringEnd:\"", "rawString:c\nd"])
    }

    @Test func unterminatedStringsAreClosedAtTheEnd() {
        let lexed = Lexer.tokenize(SourceFile(name: "t", text: "print \"a $(len"))
        #expect(lexed.endsInsideString)
        #expect(lexed.tokens.map(\.kind).suffix(3) == [.rightParen, .stringEnd, .endOfFile])
        #expect(lexed.diagnostics.map(\.message) == ["unterminated string: the closing '\"' is missing"])
        #expect(lexed.diagnostics.first?.notes == ["the '$(' at line 1 is not closed"])
    }

    @Test func unterminatedStringPointsAtEarlierMultilineString() {
        let problems = Lexer.tokenize(SourceFile(name: "t", text: "print \"a\nprint \"b\"\n")).diagnostics
        #expect(problems.map { "\($0.span.location)" } == ["2:9"])
        #expect(problems.first?.notes == ["the string starting at line 1 spans several lines; check its closing quote"])
    }

    @Test func foreignOperatorsAreReportedAndReplaced() {
        #expect(lex("a || b && !c") == ["word:a", "kw:||", "word:b", "kw:&&", "kw:!", "word:c"])
        #expect(lexicalProblems("a || b") == ["1:3: use 'or' instead of '||'"])
        #expect(lexicalProblems("a ? b ^ c") == ["1:3: unexpected character '?'", "1:7: unexpected character '^'"])
    }

    @Test func nonASCIIWordsAndColumns() {
        #expect(lex("café naïve") == ["word:café", "word:naïve"])
        #expect(lexicalProblems("é ^") == ["1:3: unexpected character '^'"])
    }

    @Test func spansAreByteOffsets() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "é $x")).tokens
        #expect(tokens.map(\.start) == [0, 3, 5])
        #expect(tokens.map(\.end) == [2, 5, 5])
    }

    @Test func crlfLineEndings() {
        #expect(lex("a\r\nb \\\r\n c") == ["word:a", "⏎", "word:b", "word:c"])
    }
}
