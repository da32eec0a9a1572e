import Testing
@testable import InstLanguage

/// The REPL: entries share globals and procedures.
@Suite struct InterpreterSessionTests {
    @Test func globalsPersistAndLetRebinds() throws {
        let runner = ScriptRunner()
        #expect(try runner.evaluate("let x = 1", entry: 1) == .null)
        #expect(try runner.evaluate("$x + 1", entry: 2) == 2)
        try runner.evaluate("let x = $x + 10", entry: 3)
        #expect(try runner.evaluate("$x", entry: 4) == 11)
        try runner.evaluate("let x = 1; let x = 2", entry: 5)
        #expect(try runner.evaluate("$x", entry: 6) == 2)
        #expect(runner.interpreter.variableNames == ["x"])
    }

    @Test func procsDefinedEarlierAreCallableAndRedefinable() throws {
        let runner = ScriptRunner()
        try runner.evaluate("proc f(a) { return $a + 1 }")
        try runner.evaluate("proc g(a) { return (f $a) * 10 }")
        #expect(try runner.evaluate("g 1") == 20)
        try runner.evaluate("proc f(a) { return $a + 2 }")
        #expect(try runner.evaluate("g 1") == 30)
        #expect(runner.interpreter.commandNames.contains("g"))
        #expect(runner.interpreter.commandSpec(named: "f")?.parameters.map(\.name) == ["a"])
    }

    @Test func aFailedCheckDeclaresNothing() throws {
        let runner = ScriptRunner()
        #expect(throws: DiagnosticsError.self) { try runner.evaluate("let y = 1\nprint $nope") }
        #expect(runner.interpreter.variableNames.isEmpty)
        #expect(throws: DiagnosticsError.self) { try runner.evaluate("print $y") }
    }

    @Test func aGlobalWhoseLetFailedIsUnset() throws {
        let runner = ScriptRunner()
        #expect(throws: ScriptError.self) { try runner.evaluate("fail \"no\"\nlet z = 1") }
        let error = #expect(throws: ScriptError.self) { try runner.evaluate("print $z") }
        #expect(error?.message == "$z was used before it was set")
    }

    @Test func valuesComeBackReadForPrinting() throws {
        let runner = ScriptRunner()
        #expect(try runner.evaluate("range 3") == [0, 1, 2])
        #expect(try runner.evaluate("print 1") == .null)
        #expect(try runner.evaluate("[1, 2] | map { $it * 2 }") == [2, 4])
    }
}
