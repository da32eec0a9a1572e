import Testing
@testable import InstLanguage

/// Malformed input: each case reports (at least) the expected message at the expected place.
@Suite struct ParserDiagnosticTests {
    /// Source, then the first diagnostic as `line:column: message`.
    static let cases: [(source: String, first: String)] = [
        ("if $x {\n  print 1\n", "1:7: this '{' is never closed: expected '}' before the end of the file"),
        ("let x = [1,\n", "1:9: this '[' is never closed: expected ']' before the end of the file"),
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
        ("if $x = 1 { }", "1:7: use '==' to compare: '=' only assigns, in let and set"),
        ("while {}", "1:7: expected a condition after 'while'"),
        ("for x in [1, 2] print $x", "1:17: expected '{' after the list of 'for', found the word 'print'"),
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
        ("let x = $a..b", "1:11: '..' is not an operator"),
        ("for i in 1..3 { }", "1:11: '..' is not an operator"),
        ("print $x.", "1:9: expected a field name after '.'"),
        ("print $x.0", "1:9: expected a field name after '.'"),
        ("print 3.", "1:8: unexpected '.' after a number"),
        ("where { $it }.x", "1:14: a field access cannot follow a block { … }: a block is code, not a value"),
        ("each { $it }[0]", "1:13: an index cannot follow a block { … }: a block is code, not a value"),
        ("if $x { }}", "1:10: unexpected '}': there is no open block to close"),
        ("// a comment", "1:1: comments start with '#', not '//'"),
        ("def f(a) { }", "1:1: procedures are declared with 'proc', not 'def'"),
        ("var x = 1", "1:1: variables are declared with 'let', not 'var'"),
        ("x += 1", "1:3: there is no '+=' operator"),
        ("set x -= 1", "1:7: there is no '-=' operator"),
        ("$i++", "1:3: there is no '++' operator"),
        ("f(1, 2)", "1:4: expected ')' to close the '(' opened at line 1"),
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
            note: to compute a value, wrap the expression in parentheses: print ($a + 1)

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

    /// The first diagnostic of `source` and its notes.
    private func notes(_ source: String) -> [String] {
        ParseSupport.parse(source).diagnostics.first?.notes ?? []
    }

    @Test func aBlockLeftOpenAtTheEndPointsAtItsBraceAndGuessesWhereTheCloserGoes() {
        let missingAtEnd = ParseSupport.parse("proc f() {\n  print 1\n\nprint 2\n").diagnostics
        #expect(missingAtEnd.map { "\($0.span.location)" } == ["1:10"])
        #expect(missingAtEnd.first?.notes == ["is the '}' missing before line 4?"])
        #expect(notes("proc f() {\n  if true {\n    print 1\n}\n") == [
            "the '}' at line 4 closes the '{' at line 2; is a '}' missing before it?"
        ])
        #expect(notes("if true {\n  print 1\n  print 2").isEmpty)
        #expect(notes("if true {\nprint 1\nprint 2").isEmpty, "no guess for unindented code")
        #expect(notes("proc f() {\n  if true {\n    print 1\n  }\n  for x in [1] {\n    print 2\n}\nprint 3") == [
            "the '}' at line 7 closes the '{' at line 5; is a '}' missing before it?"
        ])
    }

    @Test func conditionMistakesSayHowToWriteThem() {
        #expect(notes("if $x = 1 { print 1 }") == ["write: if $x == 1 { … }"])
        #expect(notes("for x in [1, 2] print $x") == ["put the body in braces: for x in [1, 2] { print $x }"])
        #expect(notes("} else print 2").isEmpty)
        #expect(notes("if true { } else print 2") == ["put the body in braces: if true { } else { print 2 }"])
        #expect(notes("for i in 1..3 { }") == ["for the numbers from 1 to 3, write (range 1 4)"])
        #expect(notes("if { }") == ["write: if $x > 0 { … }"])
    }

    @Test func expressionsInArgumentsSuggestTheirFix() {
        #expect(notes("print $a * 2") == ["to compute a value, wrap the expression in parentheses: print ($a * 2)"])
        #expect(notes("print \"Total: \" + $n") == ["to join text with values, write them inside the string: print \"Total: $n\""])
        #expect(notes("let y = x + 1") == ["'x' here is the name of a command; for the variable, write $x + …"])
        #expect(notes("f(1, 2)").last == "arguments are separated by spaces, not commas: write (name a b), not name(a, b)")
    }

    @Test func habitsFromOtherLanguagesSayHowToWriteThem() {
        #expect(notes("def add(a, b) { return 1 }") == ["write: proc add(a, b) { … }, and call it like a command: add 1 2"])
        #expect(notes("const limit = 5") == ["write: let limit = 5, and read it as $limit"])
        #expect(notes("set total += $n") == ["write: set total = $total + $n"])
        #expect(notes("$i--") == ["write: set i = $i - 1"])
        #expect(notes("print 'it's'") == ["an apostrophe ends a '…' string: write text that contains one in double quotes, \"it's\""])
        #expect(notes("print $xs.0") == ["to take an element of a list, write $xs[0]"])
        // Still ordinary commands and arithmetic:
        #expect(ParseSupport.problems("def x\nvar = 1\nlet a = 1--2\nprint $a-- x").count == 2)
    }
}
