import Testing
@testable import InstLanguage

/// After an error the parser resynchronises and keeps going, so one parse reports several errors and
/// keeps the statements that are fine.
@Suite struct ParserRecoveryTests {
    @Test func reportsOneErrorPerBrokenStatementAndKeepsTheRest() {
        let source = """
            let a = 1 +
            print "ok 1"
            let = 2
            print "ok 2"
            set x 3
            print "ok 3"
            """
        #expect(ParseSupport.problems(source) == [
            "1:12: expected a value after '+', found the end of the line",
            "3:5: expected a name after 'let', found '='",
            "5:7: expected '=' after 'set x'",
        ])
        #expect(ParseSupport.shape(source) == #"(print "ok 1")\#n(print "ok 2")\#n(print "ok 3")"#)
    }

    @Test func recoversInsideBlocks() {
        let source = """
            if $x {
              let = 1
              print "in block"
              let y = (1 +
            }
            print "after"
            """
        #expect(ParseSupport.problems(source) == [
            "2:7: expected a name after 'let', found '='",
            "4:15: expected a value after '+', found '}'",
        ])
        #expect(ParseSupport.shape(source) == "(if $x {(print \"in block\")})\n(print \"after\")")
    }

    @Test func skipsBalancedBracketsOfTheBrokenStatement() {
        let source = "let x = [1, 2 3, {a: [4\n, 5]}]\nprint \"next\""
        #expect(ParseSupport.problems(source) == ["1:15: expected ',' or ']' after a list element, found '3'"])
        #expect(ParseSupport.shape(source) == "(print \"next\")")
    }

    @Test func unclosedParenthesisDoesNotSwallowTheNextStatements() {
        let source = "let x = (f 1\nlet y = 2\nif $y { print $y }"
        #expect(ParseSupport.problems(source).count == 1)
        #expect(ParseSupport.shape(source) == "(let y 2)\n(if $y {(print $y)})")
    }

    @Test func errorInsideInterpolationRecoversAfterTheString() {
        let source = "print \"a $(1 + ) b\" c\nprint \"fine\""
        #expect(ParseSupport.problems(source) == ["1:16: expected a value after '+', found ')'"])
        #expect(ParseSupport.shape(source) == "(print \"fine\")")
    }

    @Test func strayClosersAreReportedOnce() {
        let source = "print (1 + }\nprint 2\n)\nprint 3"
        let problems = ParseSupport.problems(source)
        #expect(problems.first == "1:12: expected a value after '+', found '}'")
        #expect(ParseSupport.shape(source).hasSuffix("(print 3)"))
    }

    @Test func manyErrorsStopAtALimit() {
        let source = String(repeating: "let = 1\n", count: 500)
        let problems = ParseSupport.problems(source)
        #expect(problems.count == Parser.maximumErrors + 1)
        #expect(problems.last?.hasSuffix("too many errors; stopping here") == true)
    }

    @Test func manyLexicalErrorsStopAtALimit() {
        let problems = ParseSupport.problems(String(repeating: "^", count: 1_000))
        #expect(problems.count == Parser.maximumErrors + 1)
        #expect(problems.last?.hasSuffix("too many errors; stopping here") == true)
    }

    @Test func lexicalAndSyntaxErrorsComeOutInSourceOrder() {
        let source = "let x = 1 +\nprint \"\\q\"\nlet = 3"
        #expect(ParseSupport.problems(source) == [
            "1:12: expected a value after '+', found the end of the line",
            "2:8: unknown escape sequence '\\q' in a string",
            "3:5: expected a name after 'let', found '='",
        ])
    }

    @Test func lexicalErrorsAloneKeepTheStatement() {
        #expect(ParseSupport.shape("if $a && $b { print 1 }") == "(if (and $a $b) {(print 1)})")
        #expect(ParseSupport.problems("if $a && $b { print 1 }") == ["1:7: use 'and' instead of '&&'"])
    }
}
