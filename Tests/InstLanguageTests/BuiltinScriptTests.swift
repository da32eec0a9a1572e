import InstLanguage
import Testing

/// Built-ins run from inst source through the interpreter: blocks, pipelines and streams.
@Suite struct BuiltinScriptTests {
    /// Runs `source` and returns what it printed (`print` lines, `warn` lines prefixed with `!`).
    private func output(_ source: String, limits: ExecutionLimits = ExecutionLimits()) throws -> [String] {
        final class Lines { var list: [String] = [] }
        let lines = Lines()
        let interpreter = Interpreter(configuration: .init(limits: limits, output: { event in
            switch event {
            case .print(let text): lines.list.append(text)
            case .warn(let text): lines.list.append("!" + text)
            case .table(let value): lines.list.append(contentsOf: TableRenderer().lines(for: value))
            }
        }))
        _ = try interpreter.evaluate(SourceFile(name: "test.inst", text: source))
        return lines.list
    }

    private func value(_ source: String) throws -> Value {
        try Interpreter().evaluate(SourceFile(name: "test.inst", text: source))
    }

    @Test func helloPipeline() throws {
        let lines = try output("""
            let campaigns = [
              {name: "05A", sent: 20, replies: 2},
              {name: "05B", sent: 31, replies: 0},
              {name: "05C", sent: 0, replies: 0},
            ]
            $campaigns | where { $it.sent > 0 } | sort-by sent --desc | select name sent | table
            print "quiet: $($campaigns | where { $it.replies == 0 } | map { $it.name } | join ", ")"
            """)
        #expect(lines == ["name  sent", "----  ----", "05B     31", "05A     20", "quiet: 05B, 05C"])
    }

    @Test func whereAndMapOverStreamsAreLazy() throws {
        #expect(try value("range 1000000000 | where { $it % 7 == 3 } | map { $it * 2 } | first 3") == [6, 20, 34])
        #expect(try value("range 10 | map { $it * $it } | last") == 81)
    }

    @Test func eachRunsForSideEffects() throws {
        #expect(try output("[1, 2] | each { print \"n=$it\" }") == ["n=1", "n=2"])
        #expect(try output("range 3 | each { print $it }") == ["0", "1", "2"])
    }

    @Test func blocksAsKeys() throws {
        #expect(try value(#"["ccc", "a", "bb"] | sort-by { len $it }"#) == ["a", "bb", "ccc"])
        #expect(try value(#"[1, 2, 3, 4] | group-by { $it % 2 }"#) == ["1": [1, 3], "0": [2, 4]])
        #expect(try value(#"[{n: 1}, {n: 2}] | sum { $it.n * 10 }"#) == 30)
        #expect(try value(#"["a", "A", "b"] | uniq { lower $it }"#) == ["a", "b"])
    }

    @Test func failIsCaught() throws {
        let lines = try output("""
            try { fail {message: "quota", code: "q"} } catch err { print "$err.message $err.code" }
            try { fail "plain" } catch err { print $err.message }
            """)
        #expect(lines == ["quota q", "plain"])
    }

    @Test func errorsInsideBlocksPropagate() {
        #expect(throws: ScriptError.self) { try value("[1, 0] | map { 10 / $it }") }
    }

    @Test func conversionsAndStrings() throws {
        #expect(try value(#"str 2.0"#) == "2.0")
        #expect(try value(#"int "42" "#) == 42)
        #expect(try value(#"split "a,b" "," | map { upper $it } | join "+""#) == "A+B")
        #expect(try value(#"json.parse '{"a": [1, 2.5]}' | json.format"#) == #"{"a":[1,2.5]}"#)
        #expect(try value(#"type (range 3)"#) == "list")
    }

    @Test func warnAndPrintFormatting() throws {
        #expect(try output(#"print "a" 1 [1, "x"] {k: null}; warn "careful""#) == [#"a 1 [1, "x"] {k: null}"#, "!careful"])
    }

    @Test func materializingRespectsLimits() {
        let limits = ExecutionLimits(maxCollectionCount: 1000)
        #expect(throws: ScriptError.self) { try output("print (range 100000)", limits: limits) }
    }

    @Test(arguments: ["range 1000000000000 | count", "range 1000000000000 | last", "range 1000000000000 | sum"])
    func longLoopsStopAtTheDeadline(source: String) {
        final class Clock { var ticks = 0 }
        let clock = Clock()
        let interpreter = Interpreter(configuration: .init(limits: ExecutionLimits(timeout: .seconds(1)), now: {
            clock.ticks += 1
            return .milliseconds(clock.ticks * 10)
        }))
        do {
            _ = try interpreter.evaluate(SourceFile(name: "test.inst", text: source))
            Issue.record("expected the deadline")
        } catch let error as ScriptError {
            #expect(error.kind == .limit(.deadline))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
