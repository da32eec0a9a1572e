import Testing
@testable import InstLanguage

/// A host module whose `numbers N` returns a stream of 1…N that counts what was pulled.
private final class CountingModule: HostModule {
    var pulled = 0

    var commands: [CommandSpec] {
        [
            CommandSpec("numbers", summary: "1…n as a stream", parameters: [ParameterSpec("n", required: true)]) { arguments, _ in
                guard case .int(let limit)? = arguments["n"] else { throw ScriptError.runtime("n must be an int") }
                var next = 0
                return .stream(ValueStream { [self] in
                    guard next < limit else { return nil }
                    next += 1
                    pulled += 1
                    return .int(next)
                })
            }
        ]
    }
}

/// Counts how many of its instances were freed.
private final class Tracked {
    final class Counter {
        var freed = 0
    }

    let counter: Counter
    init(_ counter: Counter) { self.counter = counter }
    deinit { counter.freed += 1 }
}

@Suite struct InterpreterStreamTests {
    private func run(_ source: String) throws -> (lines: [String], pulled: Int) {
        let module = CountingModule()
        let runner = ScriptRunner()
        runner.interpreter.register(module)
        try runner.run(source)
        return (runner.printed, module.pulled)
    }

    @Test func pipelinesPullOnlyWhatTheyNeed() throws {
        let result = try run("print (numbers 1000 | first)")
        #expect(result.lines == ["1"])
        #expect(result.pulled == 1)
    }

    @Test func forLoopsPullLazilyAndStopAtBreak() throws {
        let result = try run("for n in (numbers 1000) { if $n == 3 { break }; print $n }")
        #expect(result.lines == ["1", "2"])
        #expect(result.pulled == 3)
    }

    @Test func letMemoizesSoTheStreamCanBeReadAgain() throws {
        let result = try run("""
        let xs = (numbers 3)
        print (len $xs)
        for x in $xs { print $x }
        print $xs
        """)
        #expect(result.lines == ["3", "1", "2", "3", "[1, 2, 3]"])
        #expect(result.pulled == 3)
    }

    @Test func bindingALazyStreamPullsNothingYet() throws {
        let result = try run("let xs = (numbers 5)\nprint ($xs | first)")
        #expect(result.pulled == 1)
    }

    @Test func procArgumentsAreMemoized() throws {
        let result = try run("""
        proc twice(xs) { return (len $xs) + (len $xs) }
        print (twice (numbers 4))
        """)
        #expect(result.lines == ["8"])
    }

    @Test func unusedPipelineResultsAreStillRun() throws {
        let result = try run("numbers 4 | each { print $it }")
        #expect(result.lines == ["1", "2", "3", "4"])
    }

    @Test func operatorsReadStreams() throws {
        let result = try run("""
        let xs = (numbers 3)
        print ($xs == [1, 2, 3]) (2 in $xs) $xs[1] ($xs + [4])
        """)
        #expect(result.lines == ["true true 2 [1, 2, 3, 4]"])
    }

    @Test func streamsStoredInListsAreMemoized() throws {
        let result = try run("let xs = [(numbers 2)]\nprint $xs $xs")
        #expect(result.lines == ["[[1, 2]] [[1, 2]]"])
    }

    @Test func aLazyStreamKeptInALocalDoesNotLeakItsFrame() throws {
        let counter = Tracked.Counter()
        let runner = ScriptRunner()
        runner.interpreter.register(CommandSpec("probe", summary: "a stream holding a tracked object") { _, _ in
            let tracked = Tracked(counter)
            var sent = false
            return .stream(ValueStream {
                _ = tracked
                defer { sent = true }
                return sent ? nil : 1
            })
        })
        try runner.run("""
        proc keep(limit) {
          let filtered = (probe | where { $it > $limit })
          return 1
        }
        keep 0
        keep 0
        """)
        #expect(counter.freed == 2)
    }
}
