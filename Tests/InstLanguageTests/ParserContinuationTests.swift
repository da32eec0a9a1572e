import Testing
@testable import InstLanguage

/// `Parser.needsContinuation`: whether the REPL should read another line before running the input.
@Suite struct ParserContinuationTests {
    static let unfinished = [
        "if $x {",
        "if $x {\n  print 1",
        "proc f(a,",
        "let x = [1, 2,",
        "let m = {a: 1,",
        "print (len",
        "print \"multi",
        "print \"a $(len $x",
        "print 'raw\nstill raw",
        "$xs | where { $it }|",
        "$xs |",
        "$xs |\n",
        "print a \\",
        "print a \\\n",
        "for x in $xs {\n  if $x {\n  }\n",
    ]

    static let complete = [
        "",
        "print 1",
        "if $x { print 1 }",
        "let x = [1, 2]",
        "print \"done\"",
        "print 'a' # { comment with an open brace",
        "print \"{ not a brace\"",
        "}",
        "print (1))",
        "let x = 1 +",
        "$xs | table",
    ]

    @Test(arguments: unfinished)
    func unfinishedInputNeedsMore(text: String) {
        #expect(Parser.needsContinuation(text))
    }

    @Test(arguments: complete)
    func completeInputIsReady(text: String) {
        #expect(!Parser.needsContinuation(text))
    }
}
