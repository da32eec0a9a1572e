import Testing
@testable import InstLanguage

@Suite struct InterpreterSemanticsTests {
    @Test func stringsAndInterpolation() throws {
        let lines = try ScriptRunner().output(#"""
        let name = "ada"
        let m = {n: 1, inner: {x: [1, "two"]}}
        print "hi $name, $m.n and $m.inner.x; $(1 + 2)"
        print 'raw $name\n'
        print "cost: $5 and $ alone, \$name, tab\tend"
        print "$m"
        print "list: $([1, 2.0, null, true])"
        """#)
        #expect(lines == [
            "hi ada, 1 and [1, \"two\"]; 3",
            "raw $name\\n",
            "cost: $5 and $ alone, $name, tab\tend",
            "{n: 1, inner: {x: [1, \"two\"]}}",
            "list: [1, 2.0, null, true]",
        ])
    }

    @Test func indexingAndFields() throws {
        let lines = try ScriptRunner().output(#"""
        let xs = [10, 20, 30]
        let m = {a: {b: [1, {c: "deep"}]}}
        print $xs[0] $xs[-1] $m.a.b[1].c $m.missing.x
        print "hello"[1] $m["a"].b[0]
        """#)
        #expect(lines == ["10 30 deep null", "e 1"])
        let runner = ScriptRunner()
        #expect(try runner.runtimeError("let xs = [1]\nprint $xs[3]")?.message == "index 3 is out of range for 1 element")
        #expect(try runner.runtimeError("let xs = [1]\nprint $xs.name")?.message == "cannot read field 'name' of a list")
    }

    @Test func scopingShadowsAndBlocksSeeTheirSurroundings() throws {
        let lines = try ScriptRunner().output("""
        let x = 1
        if true {
          let x = 2
          print $x
          set x = 3
          print $x
        }
        print $x
        for i in [1, 2] { let y = $i * 10; print $y }
        let limit = 1
        print ([1, 2, 3] | where { $it > $limit } | len)
        """)
        #expect(lines == ["2", "3", "1", "10", "20", "2"])
    }

    @Test func proceduresWithDefaultsNamedArgumentsAndRecursion() throws {
        let lines = try ScriptRunner().output("""
        print (greet "ada") (greet "bob" greeting="yo") (greet --loud "cy")
        proc greet(name, greeting = "hi", loud = false) {
          let text = "$greeting $name"
          if $loud { return "$text!" }
          return $text
        }
        proc fact(n) {
          if $n <= 1 { return 1 }
          return $n * (fact ($n - 1))
        }
        print (fact 20)
        proc nothing() { let x = 1 }
        print (nothing)
        proc first_of(xs, n = 1) { return $xs[0] + $n }
        print ([5, 6] | first_of) ([5, 6] | first_of 10)
        """)
        #expect(lines == ["hi ada yo bob hi cy!", "2432902008176640000", "null", "6 15"])
    }

    @Test func procsReadAndSetGlobalsDeclaredLater() throws {
        let runner = ScriptRunner()
        let lines = try runner.output("""
        proc bump() { set count = $count + 1; return $count }
        let count = 10
        print (bump) (bump) $count
        """)
        #expect(lines == ["11 12 12"])
        let error = try ScriptRunner().runtimeError("proc early() { return $later }\nprint (early)\nlet later = 1")
        #expect(error?.message == "$later was used before it was set")
    }

    @Test func controlFlow() throws {
        let lines = try ScriptRunner().output("""
        let i = 0
        let seen = []
        while true {
          set i = $i + 1
          if $i % 2 == 0 { continue }
          if $i > 7 { break }
          set seen = $seen + [$i]
        }
        print $seen
        let pairs = {a: 1, b: 2}
        for e in $pairs { print "$e.key=$e.value" }
        if 0 { print "no" } else if "" { print "no" } else { print "else" }
        proc find(xs, target) {
          for x in $xs { if $x == $target { return "found $x" } }
          return "none"
        }
        print (find [1, 2, 3] 2) (find [] 1)
        """)
        #expect(lines == ["[1, 3, 5, 7]", "a=1", "b=2", "else", "found 2 none"])
    }

    @Test func tryCatchAndFail() throws {
        let lines = try ScriptRunner().output(#"""
        try { fail "boom" } catch err { print $err.message $err.line }
        try { fail {message: "api", code: "E1", status: 429} } catch e { print $e.code $e.status }
        try { let x = 1 / 0 } catch { print "caught: $err.message" }
        proc risky() { fail "inner" }
        try { risky } catch err { print $err.message }
        print "after"
        """#)
        #expect(lines == ["boom test.inst:1", "E1 429", "caught: division by zero", "inner", "after"])
    }

    @Test func pipelinesWithBlocks() throws {
        let lines = try ScriptRunner().output("""
        let rows = [{n: "a", v: 3}, {n: "b", v: 1}, {n: "c", v: 2}]
        print ($rows | where { $it.v > 1 } | map { $it.n } | join ",")
        print ($rows | sort-by v | first | select n)
        let doubled = ($rows | map { return $it.v * 2 })
        print $doubled
        """)
        #expect(lines == ["a,c", "{n: \"b\"}", "[6, 2, 4]"])
    }

    @Test func setOnFieldsAndIndexesMutatesInPlace() throws {
        let lines = try ScriptRunner().output("""
        let m = {a: {b: 1}}
        let copy = $m
        set m.a.b = 2
        set m.a.c = [1, 2]
        set m.a.c[-1] = 9
        set m.new.deep = "x"
        set m["k"] = true
        print $m
        print $copy
        let xs = [[0, 0], [0, 0]]
        set xs[1][0] = 5
        print $xs
        """)
        #expect(lines == [
            "{a: {b: 2, c: [1, 9]}, new: {deep: \"x\"}, k: true}",
            "{a: {b: 1}}",
            "[[0, 0], [5, 0]]",
        ])
        let runner = ScriptRunner()
        #expect(try runner.runtimeError("let xs = [1]\nset xs[1] = 2")?.message == "index 1 is out of range for 1 element")
        #expect(try runner.runtimeError("let s = 1\nset s.f = 2")?.message == "cannot set field 'f' on a int")
    }

    @Test func appendingBuildsWithoutSharing() throws {
        let lines = try ScriptRunner().output("""
        let xs = []
        let snapshot = $xs
        for i in [1, 2, 3] { set xs = $xs + [$i] }
        let s = ""
        for i in [1, 2, 3] { set s = $s + "$i," }
        print $xs $snapshot $s
        """)
        #expect(lines == ["[1, 2, 3] [] 1,2,3,"])
    }

    @Test func blocksCanBePassedToProceduresAndKeepTheirScope() throws {
        let lines = try ScriptRunner().output("""
        proc apply(xs, f) { return ($xs | map $f) }
        proc scaled(xs, factor) { return (apply $xs { $it * $factor }) }
        print (scaled [1, 2] 10)
        proc later(xs, limit) { return ($xs | where { $it > $limit }) }
        let kept = (later (range 5) 2)
        print $kept
        """)
        #expect(lines == ["[10, 20]", "[3, 4]"])
    }

    @Test func loopControlPassesThroughTry() throws {
        let lines = try ScriptRunner().output("""
        for i in [1, 2, 3] {
          try { if $i == 2 { break } } catch { }
          print $i
        }
        proc early() { try { return "from try" } catch { } ; return "after" }
        print (early)
        try { try { fail "inner" } catch e { fail "again: $e.message" } } catch outer { print $outer.message }
        """)
        #expect(lines == ["1", "from try", "again: inner"])
    }

    @Test func topLevelReturnEndsTheScript() throws {
        let runner = ScriptRunner()
        let value = try runner.run("print 1\nreturn 5\nprint 2")
        #expect(value == 5)
        #expect(runner.printed == ["1"])
    }

    @Test func lastPipelineIsTheValue() throws {
        #expect(try ScriptRunner().run("let x = 2\n$x * 21") == 42)
        #expect(try ScriptRunner().run("let x = 2") == .null)
    }
}
