import Testing
@testable import InstLanguage

@Suite struct ResolverTests {
    /// `line:column: message` and the notes of each check diagnostic.
    private func problems(_ source: String) -> [String] {
        ScriptRunner().diagnostics(source).map { diagnostic in
            ([("\(diagnostic.span.location): \(diagnostic.message)")] + diagnostic.notes).joined(separator: " | ")
        }
    }

    @Test func undefinedVariablesSuggestACloseName() {
        #expect(problems("let name = 1\nprint $nme") == ["2:7: undefined variable $nme | did you mean $name?"])
        #expect(problems("print $x\nlet x = 1") == ["1:7: undefined variable $x"])
        #expect(problems("set y = 1") == ["1:5: undefined variable $y"])
        #expect(problems("print $it") == [
            "1:7: undefined variable $it | $it is defined inside a block { … } given to a command such as where or map"
        ])
    }

    @Test func localsDoNotLeakOutOfTheirBlock() {
        #expect(problems("if true { let inner = 1 }\nprint $inner") == ["2:7: undefined variable $inner"])
        #expect(problems("proc p() { let local = 1 }\nproc q() { return $local }") == ["2:19: undefined variable $local"])
    }

    @Test func unknownCommandsSuggestAKnownOne() {
        #expect(problems("prnt 1") == ["1:1: unknown command 'prnt' | did you mean 'print'?"])
        #expect(problems("lifecycle.launch 1") == ["1:1: unknown command 'lifecycle.launch' | is a `use lifecycle` missing?"])
    }

    @Test func argumentsAreCheckedAgainstTheCallee() {
        let source = """
        proc percent(part, whole, digits = 0) { return $part }
        percent 1
        percent 1 2 3 4
        percent 1 2 digit=1
        percent 1 whole=2 whole=3
        """
        #expect(problems(source) == [
            "2:1: missing argument 'whole' for 'percent'",
            "3:15: too many arguments for 'percent': it takes at most 3",
            "4:13: unknown argument 'digit' for 'percent' | did you mean 'digits'?",
            "5:19: argument 'whole' is given twice",
        ])
    }

    @Test func loopControlOutsideALoop() {
        #expect(problems("break") == ["1:1: 'break' outside of a loop"])
        #expect(problems("for x in [1] { [1] | each { continue } }") == [
            "1:29: 'continue' outside of a loop | a block { … } is not a loop"
        ])
        #expect(problems("while true { if true { break } }").isEmpty)
    }

    @Test func declarationsTwiceInOneScope() {
        #expect(problems("let a = 1\nlet a = 2") == ["2:5: 'a' is already declared | use set to change it"])
        #expect(problems("if true { let b = 1; let b = 2 }") == ["1:26: 'b' is already declared in this block | use set to change it"])
        #expect(problems("let c = 1\nif true { let c = 2 }").isEmpty)
        #expect(problems("proc p() { }\nproc p() { }") == ["2:6: procedure 'p' is already declared in this file"])
    }

    @Test func topLevelOnlyStatements() {
        let source = """
        if true {
          proc inner() { }
          param x = 1
          require read "a"
        }
        """
        let found = problems(source)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.contains("only allowed at the top level") })
    }

    @Test func reportsSeveralProblemsAtOnce() {
        #expect(problems("print $a\nprnt 1\nbreak") == [
            "1:7: undefined variable $a",
            "2:1: unknown command 'prnt' | did you mean 'print'?",
            "3:1: 'break' outside of a loop",
        ])
    }

    @Test func pipelineInputNeedsAPlaceToGo() {
        #expect(problems("proc none() { }\n1 | none") == ["2:5: 'none' takes no input from a pipeline"])
    }

    @Test func overlongPipelinesAreRefusedBeforeTheyCanExhaustTheStack() {
        let source = "range 3" + String(repeating: " | first 3", count: 300)
        #expect(problems(source) == ["1:1: a pipeline of more than 200 stages | hint: split it into several statements with let"])
    }

    @Test func requirementsAndParametersAreCollected() throws {
        let interpreter = Interpreter()
        let program = try interpreter.check(SourceFile(name: "t.inst", text: """
        param name = "x"
        param count = 1 + 1
        param must
        require instantly "leads:create" "campaigns:read"
        require read "leads.csv"
        """))
        #expect(program.requirements.map(\.subject.name) == ["instantly", "read"])
        #expect(program.requirements.map(\.items) == [["leads:create", "campaigns:read"], ["leads.csv"]])
        #expect(program.parameters.map(\.name) == ["name", "count", "must"])
        #expect(program.parameters.map(\.defaultValue) == ["x", nil, nil])
        #expect(program.parameters.map(\.hasDefault) == [true, true, false])
    }

    @Test func procsShadowingCommandsWarn() throws {
        let program = try Interpreter().check(SourceFile(name: "t.inst", text: "proc len(x) { return 1 }"))
        #expect(program.warnings.map(\.message) == ["procedure 'len' hides the command of the same name"])
    }
}
