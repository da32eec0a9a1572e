import Testing
@testable import InstLanguage

/// Malformed input: each case reports (at least) the expected message at the expected place.
@Suite struct ParserDiagnosticTests {
    /// Source, then the first diagnostic as `line:column: message`.
    static let cases: [(source: String, first: String)] = [
        ("if $x {\n  print 1\n", "2:10: expected '}' to close the block opened at line 1"),
        ("let x = (foo 1\nlet y = 2", "1:15: expected ')' to close the '(' opened at line 1"),
        ("let x = [1, 2\nprint $x", "1:14: expected ',' or ']' after a list element, found the word 'print'"),
        ("let m = {a: 1 b: 2}", "1:15: expected ',' or '}' after a map entry, found the word 'b'"),
        ("let m = {a 1}", "1:9: a block { … } is not a value"),
        ("let m = {a: }", "1:13: expected a value after 'a:'"),
        ("print \"unterminated", "1:7: unterminated string: the closing '\"' is missing"),
        ("print 'raw", "1:7: unterminated string: the closing \"'\" is missing"),
        ("print \"a \\q b\"", "1:10: unknown escape sequence '\\q' in a string"),
        ("let x = 99999999999999999999", "1:9: integer literal is too large (the largest integer is 9223372036854775807)"),
        ("print x = 3", "1:7: write name=value without spaces: x=3"),
        ("print x= 3", "1:7: write name=value without spaces: x=3"),
        ("print x=", "1:8: expected a value after 'x='"),
        ("x = 3", "1:3: unexpected '='"),
        ("$x = 3", "1:4: unexpected '='"),
        ("print $a - 1", "1:10: unexpected '-' in the arguments of 'print'"),
        ("print $a + 1", "1:10: unexpected '+' in the arguments of 'print'"),
        ("print -x", "1:7: unexpected '-' in the arguments of 'print'"),
        ("print a, b", "1:8: unexpected ','"),
        ("if contains $a $b { }", "1:13: expected '{' after the condition of 'if', found '$a'"),
        ("if $x = 1 { }", "1:7: expected '{' after the condition of 'if', found '='"),
        ("if { }", "1:4: expected a condition after 'if'"),
        ("if $x print 1", "1:7: expected '{' after the condition of 'if', found the word 'print'"),
        ("while $x", "1:9: expected '{' after the condition of 'while', found the end of the file"),
        ("for x $xs { }", "1:7: expected 'in' after 'for x'"),
        ("for in $xs { }", "1:5: 'in' is a keyword and cannot be used as a name"),
        ("try { }", "1:8: expected 'catch' after the try block"),
        ("else { }", "1:1: 'else' without an 'if'"),
        ("catch e { }", "1:1: 'catch' without a 'try'"),
        ("}", "1:1: unexpected '}': there is no open block to close"),
        ("let = 3", "1:5: expected a name after 'let', found '='"),
        ("let a.b = 1", "1:5: 'let' declares a plain variable name"),
        ("let $a = 1", "1:5: write the name without '$': a"),
        ("let x 1", "1:7: expected '=' after 'let x'"),
        ("let x =", "1:8: expected a value after '='"),
        ("let x == 1", "1:7: use '=' to assign ('==' compares)"),
        ("set = 4", "1:5: expected a variable name after 'set', found '='"),
        ("set a-b = 4", "1:5: 'a-b' is not a valid variable or field name"),
        ("let x = 1 < 2 < 3", "1:15: comparisons cannot be chained"),
        ("let x = 1 +", "1:12: expected a value after '+', found the end of the file"),
        ("print (1 +)", "1:11: expected a value after '+', found ')'"),
        ("print ()", "1:8: empty ( ): put a command or an expression inside"),
        ("print \"$()\"", "1:10: empty $( ): put a command or an expression inside"),
        ("let x = $a[]", "1:12: expected an index inside '[ ]'"),
        ("let x = (let y = 1)", "1:10: 'let' starts a statement and cannot be used as a value"),
        ("let x = [and]", "1:10: expected a value, found 'and'"),
        ("let x = --f", "1:9: a flag (--f) can only be a command argument"),
        ("let x = $a..b", "1:11: expected a newline or ';' after the statement, found '.'"),
        ("print a:b", "1:8: expected a value, found ':'"),
        ("break 2", "1:7: expected a newline or ';' after the statement, found '2'"),
        ("{ print 1 }", "1:1: a block { … } cannot stand on its own"),
        ("if $x {\n  proc g() { }\n}", "2:3: 'proc' is only allowed at the top level of a file, not inside a block"),
        ("for x in $y { param p }", "1:15: 'param' is only allowed at the top level of a file, not inside a block"),
        ("proc { }", "1:6: expected a procedure name after 'proc', found '{'"),
        ("proc f { }", "1:8: expected '(' after 'proc f'"),
        ("proc a.b() { }", "1:6: 'a.b' is not a valid procedure name: use letters, digits, '_' and '-'"),
        ("proc f(a b) { }", "1:10: expected ')' to close the '(' opened at line 1"),
        ("proc f(a, a) { }", "1:11: duplicate parameter 'a'"),
        ("proc f($a) { }", "1:8: write the name without '$': a"),
        ("param x =", "1:10: expected a default value after '='"),
        ("use 3", "1:5: expected a module name or a quoted path after 'use'"),
        ("use \"a$b\"", "1:5: this string must be plain text, without $ interpolation"),
        ("require instantly", "1:18: 'require instantly' needs at least one quoted item"),
        ("require read $x", "1:14: expected a quoted item after 'require read', found '$x'"),
        ("require \"x\"", "1:9: expected what is required after 'require', found a string"),
        ("let m = {\"a$b\": 1}", "1:10: a map key must be plain text, without $ interpolation"),
        ("let m = {1: 2}", "1:10: a map key must be a word or a string: write \"1\""),
        ("print $", "1:7: expected a variable name after '$'"),
        ("if $a || $b { }", "1:7: use 'or' instead of '||'"),
        ("if !$a { }", "1:4: use 'not' instead of '!'"),
        ("print a ^ b", "1:9: unexpected character '^'"),
        ("print --x=1", "1:7: a flag takes no value: write x=value, not --x=value"),
        ("$xs | 3", "1:7: expected a command after '|', found '3'"),
        ("$xs |", "1:6: expected a command after '|', found the end of the file"),
        ("cmd n={ $it }", "1:7: a block cannot be passed as 'n='"),
        ("print \"a $(1 +) b\"", "1:15: expected a value after '+', found ')'"),
        ("print \"\\u{zz}\"", "1:8: invalid unicode escape: write \\u{ followed by 1 to 8 hex digits and }"),
        ("print a \\ b", "1:9: unexpected '\\': a backslash outside a string only continues a line, as its last character"),
    ]

    @Test(arguments: cases)
    func reports(source: String, first: String) {
        let problems = ParseSupport.problems(source)
        #expect(problems.first == first, "all: \(problems)")
    }

    @Test func everyDiagnosticIsAnErrorWithASpanInTheFile() {
        for (source, _) in Self.cases {
            let result = ParseSupport.parse(source)
            #expect(result.hasErrors, "\(source)")
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.start >= 0 && diagnostic.span.end <= source.utf8.count)
                #expect(!diagnostic.rendered().isEmpty)
            }
        }
    }

    @Test func renderedMessageShowsTheLineAndCaret() {
        let diagnostic = ParseSupport.parse("let total = 0\nprint $a + 1\n").diagnostics[0]
        #expect(diagnostic.rendered() == """
            test.inst:2:10: error: unexpected '+' in the arguments of 'print'
            print $a + 1
                     ^
            note: to compute a value, wrap the expression in parentheses: print ($x + 1)

            """)
    }

    @Test func unclosedMapIsSuggestedWhenAKeyStartsALine() {
        let diagnostic = ParseSupport.parse("let x = {a: 1,\nprint 2").diagnostics[0]
        #expect(diagnostic.message == "expected ':' after the map key 'print', found '2'")
        #expect(diagnostic.notes.last == "is the '}' of the map opened at line 1 missing?")
    }

    @Test func missingCloserAtEndOfLinePointsAtThatLine() {
        let diagnostic = ParseSupport.parse("let x = (f 1\n\nlet y = 2\n").diagnostics[0]
        #expect(diagnostic.span.location == SourceLocation(line: 1, column: 13))
        #expect(diagnostic.notes == ["found 'let'"])
    }
}
