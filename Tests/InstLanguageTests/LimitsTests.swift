import Synchronization
import Testing
@testable import InstLanguage

/// A clock that moves one millisecond each time it is read.
private final class SteppingClock: Sendable {
    private let ticks = Atomic<Int>(0)

    func now() -> Duration {
        .milliseconds(ticks.add(1, ordering: .relaxed).newValue)
    }
}

@Suite struct LimitsTests {
    private func error(_ source: String, limits: ExecutionLimits) throws -> ScriptError? {
        try ScriptRunner(limits: limits).runtimeError(source)
    }

    @Test func theStepBudgetStopsEndlessLoops() throws {
        let failure = try error("while true { }", limits: ExecutionLimits(maxSteps: 5000))
        #expect(failure?.kind == .limit(.steps))
        #expect(failure?.span?.location.line == 1)
    }

    @Test func stepsCountStatementsAndIterations() throws {
        // 1 let + 1 while + 10 iterations × (1 iteration + 1 set) = 22 steps.
        let source = "let i = 0\nwhile $i < 10 { set i = $i + 1 }"
        #expect(try error(source, limits: ExecutionLimits(maxSteps: 22)) == nil)
        #expect(try error(source, limits: ExecutionLimits(maxSteps: 21))?.kind == .limit(.steps))
    }

    @Test func limitErrorsCannotBeCaught() throws {
        let runner = ScriptRunner(limits: ExecutionLimits(maxSteps: 100))
        let failure = try runner.runtimeError("try { while true { } } catch { print \"caught\" }")
        #expect(failure?.kind == .limit(.steps))
        #expect(failure?.isCatchable == false)
        #expect(runner.printed.isEmpty)
    }

    @Test func callDepthIsCapped() throws {
        let source = "proc down(n) { return (down ($n + 1)) }\ndown 0"
        let failure = try error(source, limits: ExecutionLimits(maxCallDepth: 64))
        #expect(failure?.kind == .limit(.callDepth))
        #expect(failure?.stack.count == 64)
    }

    @Test func deepButBoundedRecursionWorks() throws {
        let source = "proc depth(n) { if $n == 0 { return 0 }; return 1 + (depth ($n - 1)) }\nreturn (depth 500)"
        #expect(try ScriptRunner().run(source) == 500)
    }

    @Test func theDefaultDepthIsSafeEvenThroughBlocks() throws {
        let source = "proc nest(n) { return ([1] | map { nest ($n + 1) }) }\nnest 0"
        #expect(try ScriptRunner().runtimeError(source)?.kind == .limit(.callDepth))
    }

    @Test func blocksCountTowardTheDepth() throws {
        let source = "proc nest(n) { return ([1] | map { nest ($n + 1) }) }\nnest 0"
        #expect(try error(source, limits: ExecutionLimits(maxCallDepth: 50))?.kind == .limit(.callDepth))
    }

    @Test func theDeadlineUsesTheInjectedClock() throws {
        let clock = SteppingClock()
        let runner = ScriptRunner(limits: ExecutionLimits(timeout: .seconds(1)), now: { clock.now() })
        let failure = try runner.runtimeError("while true { }")
        #expect(failure?.kind == .limit(.deadline))
    }

    @Test func cancellationStopsTheRun() throws {
        let flag = CancellationFlag()
        flag.cancel()
        let failure = try ScriptRunner(cancellation: flag).runtimeError("try { while true { } } catch { }")
        #expect(failure?.kind == .cancelled)
        #expect(failure?.isCatchable == false)
    }

    @Test func stringsCannotGrowPastTheCap() throws {
        let limits = ExecutionLimits(maxStringBytes: 100)
        #expect(try error(#"let s = "" ; while true { set s = $s + "0123456789" }"#, limits: limits)?.kind == .limit(.stringSize))
        #expect(try error(#"let s = "0123456789" ; while true { set s = "$s$s" }"#, limits: limits)?.kind == .limit(.stringSize))
        #expect(try error(#"let s = "0123456789" ; while true { set s = ($s + $s) }"#, limits: limits)?.kind == .limit(.stringSize))
    }

    @Test func collectionsCannotGrowPastTheCap() throws {
        let limits = ExecutionLimits(maxCollectionCount: 10)
        #expect(try error("let xs = [] ; while true { set xs = $xs + [1] }", limits: limits)?.kind == .limit(.listSize))
        #expect(try error("let m = {} ; let i = 0 ; while true { set m[\"k$i\"] = 1; set i = $i + 1 }", limits: limits)?.kind
            == .limit(.listSize))
        #expect(try error("let xs = [1, 2, 3, 4, 5, 6]\nlet ys = ($xs + $xs)", limits: limits)?.kind == .limit(.listSize))
    }

    @Test func eachRunGetsAFreshBudget() throws {
        let runner = ScriptRunner(limits: ExecutionLimits(maxSteps: 50))
        for _ in 0..<3 {
            #expect(throws: Never.self) { try runner.run("let i = 0\nwhile $i < 10 { set i = $i + 1 }") }
        }
    }
}
