import InstLanguage
import Testing

@Suite struct BuiltinCollectionTests {
    let harness = BuiltinHarness()

    @Test func lenAndCount() throws {
        for name in ["len", "count"] {
            #expect(try harness.call(name, [1, 2, 3]) == 3)
            #expect(try harness.call(name, ["a": 1]) == 1)
            #expect(try harness.call(name, "héllo") == 5)
            #expect(try harness.call(name, harness.call("range", 10)) == 10)
            #expect(harness.error(name, 5)?.message == "\(name): `value` must be a list, map or string, not an int")
        }
    }

    @Test func keysAndValues() throws {
        #expect(try harness.call("keys", ["b": 1, "a": 2]) == ["b", "a"])
        #expect(try harness.call("values", ["b": 1, "a": 2]) == [1, 2])
        #expect(harness.error("keys", [1])?.message == "keys: `map` must be a map, not a list")
    }

    @Test func range() throws {
        #expect(try list(harness.call("range", 3)) == [0, 1, 2])
        #expect(try list(harness.call("range", 1, 10, 3)) == [1, 4, 7])
        #expect(try list(harness.call("range", 3, 0, -1)) == [3, 2, 1])
        #expect(try list(harness.call("range", 0)) == [])
        #expect(try list(harness.call("range", 5, 1)) == [])
        #expect(try list(harness.call("range", .int(.max - 1), .int(.max), 5)) == [.int(.max - 1)])
        #expect(harness.error("range", 1, 5, 0)?.message == "range: `step` cannot be 0")
        #expect(harness.error("range", "a")?.message == "range: `start` must be an int, not a string")
    }

    @Test func rangeIsLazy() throws {
        guard case .stream = try harness.call("range", .int(.max)) else {
            Issue.record("expected a stream")
            return
        }
        #expect(try harness.call("first", harness.call("range", .int(.max)), 2) == [0, 1])
    }

    @Test func materializingAHugeRangeHitsTheCap() {
        let capped = BuiltinHarness(limits: ExecutionLimits(maxCollectionCount: 100))
        #expect(capped.error("str", (try? capped.call("range", 1000)) ?? nil)?.kind == .limit(.listSize))
    }

    private func list(_ value: Value) throws -> [Value] {
        guard case .list(let elements) = try value.materialized(limits: ExecutionLimits()) else { return [] }
        return elements
    }
}
