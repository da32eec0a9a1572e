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
        #expect(problems("print $x\nlet x = 1") == [
            "1:7: undefined variable $x | it is declared at line 2, after this; move the declaration up"
        ])
        #expect(problems("let x = $x + 1") == ["1:9: undefined variable $x | 'x' has no value until its let at line 1 has run"])
        #expect(problems("print $x") == ["1:7: undefined variable $x | declare it before using it: let x = …"])
        #expect(problems("print $it") == [
            "1:7: undefined variable $it | $it is defined inside a block { … } given to a command such as where or map"
        ])
    }

    @Test func settingAnUndeclaredVariableSaysHowToDeclareIt() {
        #expect(problems("set y = 1") == ["1:5: cannot set 'y': it is not declared | declare it with let: let y = 1"])
        #expect(problems("set y.a = 1") == ["1:5: cannot set 'y': it is not declared | declare it first, as in: let y = {}"])
        #expect(problems("let total = 0\nset totl = 1") == ["2:5: cannot set 'totl': it is not declared | did you mean $total?"])
        #expect(problems("set z = 1\nlet z = 0") == [
            "1:5: cannot set 'z': it is not declared | it is declared at line 2, after this; move the declaration up"
        ])
    }

    @Test func localsDoNotLeakOutOfTheirBlock() {
        #expect(problems("if true { let inner = 1 }\nprint $inner") == [
            "2:7: undefined variable $inner | the 'inner' declared at line 1 exists only inside its block { … }"
                + " | to use it after the block, declare it before: let inner = null, and set it inside"
        ])
        #expect(problems("proc p() { let local = 1 }\nproc q() { return $local }") == [
            "2:19: undefined variable $local | declare it before using it: let local = …"
        ])
    }

    @Test func unknownCommandsSuggestAKnownOne() {
        #expect(problems("prnt 1") == ["1:1: unknown command 'prnt' | did you mean 'print'?"])
        #expect(problems("let x = 1\nreturn x") == [
            "2:8: unknown command 'x' | a bare word here is a command; for the variable, write $x"
        ])
    }

    /// Regression: an unknown command is one diagnostic (no "too many arguments" for it), and
    /// what its arguments contain is still checked.
    @Test func anUnknownCommandIsOneErrorAndItsArgumentsAreStillChecked() {
        #expect(problems("unknowncmd 1") == ["1:1: unknown command 'unknowncmd'"])
        #expect(problems("unknowncmd 1 2 n=3 --f { print 1 }") == ["1:1: unknown command 'unknowncmd'"])
        #expect(problems("proc none() { }\nnone 1\nnonee 1") == [
            "2:6: 'none' takes no arguments | usage: none",
            "3:1: unknown command 'nonee' | did you mean 'none'?",
        ])
        #expect(problems("[1] | unknowncmd $a (prnt 1) n=$b { print $c }") == [
            "1:7: unknown command 'unknowncmd'",
            "1:18: undefined variable $a | declare it before using it: let a = …",
            "1:22: unknown command 'prnt' | did you mean 'print'?",
            "1:32: undefined variable $b | declare it before using it: let b = …",
            "1:43: undefined variable $c | declare it before using it: let c = …",
        ])
    }

    /// `ns.name`: the namespace's commands when it has some, the `use` when a library module has
    /// that name, else that nothing is registered under it (API commands come with their module).
    @Test func unknownNamespacedCommandsExplainTheNamespace() {
        let withModules = ScriptRunner(moduleLoader: MemoryModuleLoader(sources: ["lifecycle": "proc launch() { }"]))
        let lifecycle = withModules.diagnostics("lifecycle.launch 1").map(\.notes)
        #expect(lifecycle == [["is a `use lifecycle` missing?"]])
        #expect(problems("instantly.campaigns.list") == [
            "1:1: unknown command 'instantly.campaigns.list' | no 'instantly.…' commands are registered here:"
                + " the commands of an API arrive when the host registers its module"
        ])
        #expect(problems("json.frmat 1").first?.hasSuffix("did you mean 'json.format'?") == true)
        #expect(problems("json.write 1") == ["1:1: unknown command 'json.write' | 'json' has: json.format, json.parse"])

        let service = ScriptRunner()
        for name in ["svc.leads.list", "svc.campaigns.list", "svc.campaigns.get"] {
            service.interpreter.register(CommandSpec(name, summary: "") { _, _ in .null })
        }
        let notes = { (source: String) in service.diagnostics(source).flatMap(\.notes) }
        #expect(notes("svc.leads.lst") == ["did you mean 'svc.leads.list'?"])
        #expect(notes("svc.contacts.list") == ["'svc' has: svc.campaigns.get, svc.campaigns.list, svc.leads.list"])
        #expect(notes("svc.campaigns.pause") == ["'svc.campaigns' has: svc.campaigns.get, svc.campaigns.list"])
    }

    @Test func theHostMayExplainAnAbsentNamespace() {
        let runner = ScriptRunner()
        runner.interpreter.describeAbsentNamespace("sim", "sim.* exists only against the simulator")
        #expect(runner.diagnostics("sim.now").flatMap(\.notes) == ["sim.* exists only against the simulator"])
        #expect(runner.diagnostics("sim.clock.now").flatMap(\.notes) == ["sim.* exists only against the simulator"])
        runner.interpreter.register(CommandSpec("sim.advance", summary: "") { _, _ in .null })
        #expect(runner.diagnostics("sim.now").flatMap(\.notes) == ["'sim' has: sim.advance"])
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
            "2:1: missing argument 'whole' for 'percent' | usage: percent part whole [digits]",
            "3:15: too many arguments for 'percent': it takes at most 3 | usage: percent part whole [digits]",
            "4:13: unknown argument 'digit' for 'percent' | did you mean 'digits'?",
            "5:19: argument 'whole' is given twice",
        ])
    }

    @Test func extraArgumentsAreUnderlinedTogether() throws {
        let diagnostics = ScriptRunner().diagnostics("proc f(a) { }\nf 1 2 $x.y")
        let tooMany = try #require(diagnostics.first)
        #expect(tooMany.message == "too many arguments for 'f': it takes at most 1")
        #expect(tooMany.span.file.text(of: tooMany.span) == "2 $x.y")
        #expect(problems("proc f(a) { }\n[1] | f 2") == [
            "2:9: too many arguments for 'f': it takes at most 1 | usage: f a | the pipeline's input is its first argument"
        ])
    }

    /// A misspelt name usually is the missing argument: only the unknown name is reported.
    @Test func anUnknownNameIsNotAlsoReportedAsMissing() {
        #expect(problems("proc f(a) { }\nf b=1") == ["2:3: unknown argument 'b' for 'f' | did you mean 'a'?"])
    }

    @Test func loopControlOutsideALoop() {
        #expect(problems("break") == ["1:1: 'break' outside of a loop"])
        #expect(problems("for x in [1] { [1] | each { continue } }") == [
            "1:29: 'continue' outside of a loop | a block { … } is not a loop"
        ])
        #expect(problems("while true { if true { break } }").isEmpty)
    }

    @Test func declarationsTwiceInOneScope() {
        #expect(problems("let a = 1\nlet a = 2") == [
            "2:5: 'a' is already declared | it was declared at line 1 | to change it, use set: set a = 2"
        ])
        #expect(problems("if true { let b = 1; let b = 2 }") == [
            "1:26: 'b' is already declared in this block | to change it, use set: set b = 2"
        ])
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
            "1:7: undefined variable $a | declare it before using it: let a = …",
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
