import Testing
@testable import InstLanguage

/// The rendered text users see for check and runtime errors.
@Suite struct DiagnosticsTests {
    private func checkErrors(_ source: String) -> String {
        do {
            _ = try Interpreter().check(SourceFile(name: "script.inst", text: source))
            return ""
        } catch {
            return error.rendered()
        }
    }

    private func runtimeError(_ source: String) throws -> String {
        try ScriptRunner().runtimeError(source, name: "script.inst")?.rendered() ?? ""
    }

    @Test func undefinedVariable() {
        #expect(checkErrors("let name = \"ada\"\nprint $nme") == """
            script.inst:2:7: error: undefined variable $nme
            print $nme
                  ^~~~
            note: did you mean $name?

            """)
    }

    @Test func severalCheckErrorsInOrder() {
        #expect(checkErrors("prnt 1\nproc p(a) { }\np 1 2\n") == """
            script.inst:1:1: error: unknown command 'prnt'
            prnt 1
            ^~~~
            note: did you mean 'print'?
            script.inst:3:5: error: too many arguments for 'p': it takes at most 1
            p 1 2
                ^
            note: usage: p a

            """)
    }

    @Test func runtimeErrorInsideAProcedureShowsTheCallSite() throws {
        let source = """
        proc percent(part, whole) {
          return $part * 100 / $whole
        }
        let stats = {sent: 0}
        print (percent 1 $stats.sent)
        """
        #expect(try runtimeError(source) == """
            script.inst:2:10: error: division by zero
              return $part * 100 / $whole
                     ^~~~~~~~~~~~~~~~~~~~
            note: in percent, called at script.inst:5:8

            """)
    }

    @Test func nestedCallsListEveryFrameAndTheHint() throws {
        let source = """
        proc inner(x) { return $x + "s" }
        proc outer(x) { return (inner $x) }
        outer 1
        """
        #expect(try runtimeError(source) == """
            script.inst:1:24: error: cannot apply '+' to int and string
            proc inner(x) { return $x + "s" }
                                   ^~~~~~~~
            note: in inner, called at script.inst:2:25
            note: in outer, called at script.inst:3:1
            note: hint: to join text with other values use interpolation ("$a$b") or str

            """)
    }

    @Test func recursionCollapsesRepeatedFrames() throws {
        let runner = ScriptRunner(limits: ExecutionLimits(maxCallDepth: 10))
        let error = try runner.runtimeError("proc f(n) { return (f $n) }\nf 1", name: "script.inst")
        #expect(error?.rendered() == """
            script.inst:1:21: error: calls nested deeper than 10
            proc f(n) { return (f $n) }
                                ^~~~
            note: in f, called at script.inst:1:21 (9 times)
            note: in f, called at script.inst:2:1
            note: hint: is a procedure calling itself without end?

            """)
    }

    @Test func builtInErrorsPointAtTheCommand() throws {
        let error = try ScriptRunner().runtimeError("let x = 1\nprint (fail \"bad input\")", name: "script.inst")
        #expect(error?.message == "bad input")
        #expect(error?.span?.position == "script.inst:2:8")
    }

    @Test func anErrorWithoutAPlaceStillRenders() {
        #expect(ScriptError.runtime("lost", hint: "look around").rendered() == "error: lost\nnote: hint: look around\n")
    }

    /// The caret line underlines the whole span, counting columns in characters and keeping tabs.
    @Test func theUnderlineCoversTheWholeToken() {
        let file = SourceFile(name: "t.inst", text: "print $y\n\tprint \"é\" $zz\nlet a = (1 +\n  2")
        let render = { (start: Int, end: Int) in
            Diagnostic.error("m", at: SourceSpan(file: file, start: start, end: end)).rendered()
                .split(separator: "\n", omittingEmptySubsequences: false)[2]
        }
        #expect(render(6, 8) == "      ^~")
        let zz = 21
        #expect(file.text(of: SourceSpan(file: file, start: zz, end: zz + 3)) == "$zz")
        #expect(render(zz, zz + 3) == "\t          ^~~")
        #expect(render(8, 8) == "        ^")
        let paren = 33
        #expect(render(paren, file.bytes.count) == "        ^~~~")
    }

    @Test func anUnknownFlagIsUnderlinedWithItsDashes() {
        #expect(checkErrors("json.format 1 --prety") == """
            script.inst:1:15: error: unknown argument 'prety' for 'json.format'
            json.format 1 --prety
                          ^~~~~~~
            note: did you mean 'pretty'?

            """)
    }

    /// Before/after snapshots of the mistakes people new to the language make most.
    @Test func commonMistakesRenderWithAFix() {
        #expect(checkErrors("print $y") == """
            script.inst:1:7: error: undefined variable $y
            print $y
                  ^~
            note: declare it before using it: let y = …

            """)
        #expect(checkErrors("set count = 1") == """
            script.inst:1:5: error: cannot set 'count': it is not declared
            set count = 1
                ^~~~~
            note: declare it with let: let count = 1

            """)
        #expect(checkErrors("if true {\n  print 1\n\nprint 2\n") == """
            script.inst:1:9: error: this '{' is never closed: expected '}' before the end of the file
            if true {
                    ^
            note: is the '}' missing before line 4?

            """)
        #expect(checkErrors("let n = 2\nprint \"n: \" + $n") == """
            script.inst:2:13: error: unexpected '+' in the arguments of 'print'
            print "n: " + $n
                        ^
            note: to join text with values, write them inside the string: print "n: $n"

            """)
    }
}
