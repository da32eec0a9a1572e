import Testing
@testable import InstLanguage

/// A command that records where it comes from: `file:line` of its origin, then ` via NAME (file:line)…`.
private final class OriginProbe: HostModule {
    var seen: [String] = []

    var commands: [CommandSpec] {
        [CommandSpec("probe", summary: "records its origin", effect: .write) { [self] _, context in
            let origin = context.origin
            let via = origin.via.map { " via \($0.procedure) (\($0.span.fileAndLine))" }.joined()
            seen.append(origin.span.fileAndLine + via)
            return .null
        }]
    }
}

private let modules = MemoryModuleLoader(sources: [
    "lib": """
    proc write() {
      probe
    }
    proc outer() {
      let x = 1
      inner
    }
    proc inner() { probe }
    proc each_row(rows) {
      $rows | each {
        probe
      }
    }
    proc deep(n) {
      if $n > 0 { return (deep ($n - 1)) }
      probe
    }
    """,
])

private func origins(of script: String) throws -> [String] {
    let probe = OriginProbe()
    let runner = ScriptRunner(moduleLoader: modules)
    runner.interpreter.register(probe)
    try runner.run(script, name: "job.inst")
    return probe.seen
}

@Suite struct ProcedureOriginTests {
    @Test func aCommandInTheScriptIsItsOwnOrigin() throws {
        #expect(try origins(of: "let a = 1\nprobe\n") == ["job.inst:2"])
    }

    @Test func aCommandInTheScriptsOwnProcedureKeepsItsLine() throws {
        let script = "proc go() {\n  probe\n}\ngo\n[1, 2] | each { go }\n"
        #expect(try origins(of: script) == ["job.inst:2", "job.inst:2", "job.inst:2"])
    }

    @Test func aModuleProcedureIsCitedAtTheScriptsCall() throws {
        #expect(try origins(of: "use lib\n\nlib.write\n") == ["job.inst:3 via lib.write (lib.inst:2)"])
    }

    @Test func nestedModuleProceduresAreListedOutermostFirst() throws {
        #expect(try origins(of: "use lib\nlib.outer\n") == ["job.inst:2 via lib.outer (lib.inst:6) via lib.inner (lib.inst:8)"])
    }

    @Test func aBlockInsideAModuleProcedureCitesTheBlocksLineForTheProcedure() throws {
        #expect(try origins(of: "use lib\nlib.each_row [1, 2]\n") == [
            "job.inst:2 via lib.each_row (lib.inst:11)", "job.inst:2 via lib.each_row (lib.inst:11)",
        ])
    }

    @Test func theScriptsProcedureCallingAModuleIsCitedAtItsCall() throws {
        let script = "use lib\nproc go() {\n  lib.write\n}\ngo\n"
        #expect(try origins(of: script) == ["job.inst:3 via lib.write (lib.inst:2)"])
    }

    @Test func recursionInAModuleIsEveryLevel() throws {
        let origin = try #require(try origins(of: "use lib\nlib.deep 2\n").first)
        #expect(origin == "job.inst:2 via lib.deep (lib.inst:15) via lib.deep (lib.inst:15) via lib.deep (lib.inst:16)")
    }

    @Test func theStackIsRightAgainAfterAnErrorUnwoundIt() throws {
        let script = """
        use lib
        proc boom() { fail "no" }
        try { [1] | each { boom } } catch { }
        lib.write
        """
        #expect(try origins(of: script) == ["job.inst:4 via lib.write (lib.inst:2)"])
    }

    @Test func aReplEntryCitesItsOwnLineForAnEarlierEntrysProcedure() throws {
        let probe = OriginProbe()
        let runner = ScriptRunner(moduleLoader: modules)
        runner.interpreter.register(probe)
        try runner.evaluate("proc go() {\n  probe\n}", entry: 1)
        try runner.evaluate("go", entry: 2)
        try runner.evaluate("use lib\nlib.write", entry: 3)
        #expect(probe.seen == ["<repl:2>:1 via go (<repl:1>:2)", "<repl:3>:2 via lib.write (lib.inst:2)"])
    }
}
