import Testing
@testable import InstLanguage

@Suite struct InterpreterModuleTests {
    private let loader = MemoryModuleLoader(sources: [
        "lifecycle": """
        # Greets someone.
        # Politely.
        proc greet(name, punctuation = "!") { return "hello $name$punctuation" }
        proc count() { set calls = $calls + 1; return $calls }
        let calls = 0
        print "lifecycle loaded"
        """,
        "./helpers.inst": """
        proc double(x) { return $x * 2 }
        """,
        "broken": "proc oops( { }",
        "loops": "use loops\nproc x() { }",
    ])

    @Test func procsBecomeNamespacedCommandsAndTopLevelRunsOnce() throws {
        let runner = ScriptRunner(moduleLoader: loader)
        try runner.run("""
        use lifecycle
        use "./helpers.inst"
        use lifecycle
        print (lifecycle.greet "ada") (helpers.double 21) (lifecycle.count) (lifecycle.count)
        """)
        #expect(runner.printed == ["lifecycle loaded", "hello ada! 42 1 2"])
        #expect(runner.interpreter.commandNames.contains("lifecycle.greet"))
        let spec = try #require(runner.interpreter.commandSpec(named: "lifecycle.greet"))
        #expect(spec.summary == "Greets someone.")
        #expect(spec.parameters.map(\.name) == ["name", "punctuation"])
        #expect(spec.parameters.map(\.isRequired) == [true, false])
    }

    @Test func moduleGlobalsAreTheirOwn() {
        let problems = ScriptRunner(moduleLoader: loader).diagnostics("use lifecycle\nprint $calls")
        #expect(problems.map(\.message) == ["undefined variable $calls"])
    }

    @Test func loaderErrorsAndBrokenModulesAreReportedAtTheUseLine() {
        let runner = ScriptRunner(moduleLoader: loader)
        let missing = runner.diagnostics("use nowhere")
        #expect(missing.map(\.message) == ["no module 'nowhere'"])
        #expect(missing.first?.notes == ["hint: check the name"])
        let broken = runner.diagnostics("\nuse broken")
        #expect(broken.last?.message == "module 'broken.inst' has errors")
        #expect(broken.last?.span.location.line == 2)
        #expect(broken.count >= 2)
        let cycle = runner.diagnostics("use loops")
        #expect(cycle.map(\.message).contains("'loops.inst' uses itself (through other modules)"))
    }

    @Test func withoutALoaderUseIsRefused() {
        #expect(ScriptRunner().diagnostics("use lifecycle").map(\.message) == ["modules are not available here"])
    }
}
