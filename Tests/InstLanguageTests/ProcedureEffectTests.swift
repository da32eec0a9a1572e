import Testing
@testable import InstLanguage

/// Commands of each effect, doing nothing.
private struct EffectCommands: HostModule {
    var commands: [CommandSpec] {
        [Effect.read, .metered, .write].map { effect in
            CommandSpec("svc.\(effect.rawValue)", summary: effect.rawValue, effect: effect) { _, _ in .null }
        }
    }
}

private func effects(_ script: String, of names: [String], modules: [String: String] = [:]) throws -> [Effect?] {
    let runner = ScriptRunner(moduleLoader: MemoryModuleLoader(sources: modules))
    runner.interpreter.register(EffectCommands())
    try runner.evaluate(script)
    return names.map { runner.interpreter.commandSpec(named: $0)?.effect }
}

@Suite struct ProcedureEffectTests {
    @Test func effectsAreOrderedByHowMuchTheyTouch() {
        #expect(Effect.allCases.sorted() == [.pure, .output, .read, .metered, .write])
        #expect(Effect.metered < .write && Effect.output > .pure)
    }

    @Test func aProcedureTakesTheStrongestEffectOfWhatItCalls() throws {
        let script = """
        proc add(a, b) { return $a + $b }
        proc say(x) { print $x }
        proc look() { svc.read; print "x" }
        proc spend() { if true { svc.metered } }
        proc change() { [1] | each { svc.write } }
        """
        #expect(try effects(script, of: ["add", "say", "look", "spend", "change"]) == [.pure, .output, .read, .metered, .write])
    }

    @Test func effectsFlowThroughProceduresAndRecursion() throws {
        let script = """
        proc top() { return (middle) }
        proc middle() { return (bottom 3) }
        proc bottom(n) {
          if $n > 0 { return (bottom ($n - 1)) }
          svc.metered
        }
        proc ping(n) { if $n > 0 { pong ($n - 1) } }
        proc pong(n) { ping $n }
        """
        #expect(try effects(script, of: ["top", "middle", "bottom", "ping", "pong"]) == [.metered, .metered, .metered, .pure, .pure])
    }

    @Test func aModulesProcedureCountsWhatItsHelpersCall() throws {
        let modules = ["sync": "proc run() { helper }\nproc helper() { svc.write }\nproc quiet() { return 1 }\n"]
        #expect(try effects("use sync", of: ["sync.run", "sync.quiet"], modules: modules) == [.write, .pure])
    }

    @Test func theCommandsBehindTheEffectAreNamed() throws {
        let script = """
        proc both() { svc.read; inner }
        proc inner() { svc.write; svc.metered; print "x" }
        proc pure() { return 1 }
        proc chatty() { print "x" }
        """
        let runner = ScriptRunner()
        runner.interpreter.register(EffectCommands())
        try runner.evaluate(script)
        #expect(runner.interpreter.effectSources(of: "both") == ["svc.write"])
        #expect(runner.interpreter.effectSources(of: "chatty") == ["print"])
        #expect(runner.interpreter.effectSources(of: "pure") == [])
        #expect(runner.interpreter.effectSources(of: "svc.write") == nil)
    }

    @Test func aRedefinedProcedureTakesItsNewEffect() throws {
        let runner = ScriptRunner()
        runner.interpreter.register(EffectCommands())
        try runner.evaluate("proc go() { svc.write }\nproc outer() { go }", entry: 1)
        #expect(runner.interpreter.commandSpec(named: "outer")?.effect == .write)
        try runner.evaluate("proc go() { return 1 }", entry: 2)
        #expect(runner.interpreter.commandSpec(named: "outer")?.effect == .pure)
    }
}
