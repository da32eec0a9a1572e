import InstLanguage
import Testing

@Suite struct BuiltinPipelineTests {
    let harness = BuiltinHarness()
    let campaigns: Value = [
        ["name": "05A", "sent": 20, "status": "active"],
        ["name": "05B", "sent": 31, "status": "paused"],
        ["name": "05C", "sent": 0, "status": "active"],
        ["name": "05D", "sent": 20, "status": "active"],
    ]

    @Test func sortByFieldIsStable() throws {
        let ascending = try harness.call("sort-by", campaigns, "sent")
        #expect(try names(ascending) == ["05C", "05A", "05D", "05B"])
        let descending = try harness.call("sort-by", campaigns, "sent", named: ["desc": true])
        #expect(try names(descending) == ["05B", "05A", "05D", "05C"])
    }

    @Test func sortByValueWithMixedTypes() throws {
        let mixed: Value = ["b", 2, nil, 1.5, "a", true, [1], ["k": 1], false, -1]
        #expect(try harness.call("sort-by", mixed) == [nil, false, true, -1, 1.5, 2, [1], ["k": 1], "a", "b"])
    }

    @Test func sortByStringsUsesScalarOrder() throws {
        #expect(try harness.call("sort-by", ["b", "B", "a", "é", "z"]) == ["B", "a", "b", "z", "é"])
    }

    @Test func sortByNullsFirstAndDottedFields() throws {
        let rows: Value = [["s": ["n": 2]], ["s": nil], ["s": ["n": 1]]]
        #expect(try harness.call("sort-by", rows, "s.n") == [["s": nil], ["s": ["n": 1]], ["s": ["n": 2]]])
    }

    @Test func sortByReadsStreams() throws {
        #expect(try harness.call("sort-by", harness.call("range", 3), named: ["desc": true]) == [2, 1, 0])
    }

    @Test func sortByFieldOfNonMapIsAnError() {
        let error = harness.error("sort-by", [1, 2], "sent")
        #expect(error?.message == "sort-by: rows must be maps to read the field `sent`, not an int")
        #expect(error?.hint == "for values that are not maps, pass a block instead, e.g. { $it }")
    }

    @Test func first() throws {
        #expect(try harness.call("first", [1, 2, 3]) == 1)
        #expect(try harness.call("first", []) == nil)
        #expect(try harness.call("first", [1, 2, 3], 2) == [1, 2])
        #expect(try harness.call("first", [1], 5) == [1])
        #expect(try harness.call("first", [1], 0) == [])
        #expect(harness.error("first", [1], -1)?.message == "first: `n` cannot be negative")
    }

    @Test func firstPullsOnlyWhatItNeeds() throws {
        let pulled = BuiltinHarness.Counter()
        #expect(try harness.call("first", BuiltinHarness.countingStream([1, 2, 3, 4], pulled: pulled), 2) == [1, 2])
        #expect(pulled.value == 2)
        let single = BuiltinHarness.Counter()
        #expect(try harness.call("first", BuiltinHarness.countingStream([1, 2, 3, 4], pulled: single)) == 1)
        #expect(single.value == 1)
    }

    @Test func last() throws {
        #expect(try harness.call("last", [1, 2, 3]) == 3)
        #expect(try harness.call("last", []) == nil)
        #expect(try harness.call("last", [1, 2, 3], 2) == [2, 3])
        #expect(try harness.call("last", [1, 2], 5) == [1, 2])
        #expect(try harness.call("last", harness.call("range", 10_000), 3) == [9997, 9998, 9999])
        #expect(try harness.call("last", harness.call("range", 10_000)) == 9999)
    }

    @Test func sum() throws {
        #expect(try isInt(harness.call("sum", [1, 2, 3]), 6))
        #expect(try isInt(harness.call("sum", []), 0))
        #expect(try harness.call("sum", [1, 2.5, nil]) == 3.5)
        #expect(try isInt(harness.call("sum", campaigns, "sent"), 71))
        #expect(harness.error("sum", [.int(.max), 1])?.message == "sum: integer overflow")
        #expect(harness.error("sum", [1, "2"])?.message == #"sum: cannot add a string ("2"); sum adds numbers"#)
    }

    @Test func groupBy() throws {
        let groups = try harness.call("group-by", campaigns, "status")
        guard case .map(let map) = groups else {
            Issue.record("expected a map")
            return
        }
        #expect(map.keys == ["active", "paused"])
        #expect(try names(map["active"] ?? nil) == ["05A", "05C", "05D"])
        #expect(try harness.call("group-by", campaigns, "sent").formatted().hasPrefix(#"{"20": [{name: "05A""#))
        #expect(try harness.call("group-by", [["a": nil], ["b": 1]], "a") == ["null": [["a": nil], ["b": 1]]])
    }

    @Test func uniq() throws {
        #expect(try harness.call("uniq", [3, 1, 3, 2, 1, 1.0]) == [3, 1, 2])
        #expect(try names(harness.call("uniq", campaigns, "status")) == ["05A", "05B"])
        #expect(try harness.call("uniq", [["a": 1, "b": 2], ["b": 2, "a": 1]]) == [["a": 1, "b": 2]])
    }

    @Test func uniqOverAStreamIsLazy() throws {
        let pulled = BuiltinHarness.Counter()
        let unique = try harness.call("uniq", BuiltinHarness.countingStream([1, 1, 2, 3, 4], pulled: pulled))
        guard case .stream = unique else {
            Issue.record("expected a stream")
            return
        }
        #expect(try harness.call("first", unique, 2) == [1, 2])
        #expect(pulled.value == 3)
    }

    @Test func select() throws {
        let selected = try harness.call("select", campaigns, "sent", "name", "missing")
        #expect(try harness.call("first", selected) == ["sent": 20, "name": "05A", "missing": nil])
        #expect(try harness.call("first", selected).formatted() == #"{sent: 20, name: "05A", missing: null}"#)
        #expect(try harness.call("select", ["a": 1, "b": 2], "b") == ["b": 2])
        #expect(try harness.call("select", ["a": 1, "b": 2, "c": 3], ["c", "a"]) == ["c": 3, "a": 1])
        #expect(harness.error("select", campaigns)?.message == "select: name at least one field")
        #expect(harness.error("select", [1], "a")?.message == "select: rows must be maps to read the field `a`, not an int")
    }

    @Test func listStagesAcceptMapsAsEntries() throws {
        #expect(try harness.call("first", ["a": 1, "b": 2]) == ["key": "a", "value": 1])
        #expect(try harness.call("sort-by", ["a": 2, "b": 1], "value", named: ["desc": true]) == [
            ["key": "a", "value": 2], ["key": "b", "value": 1],
        ])
    }

    @Test func blockStagesNeedABlock() {
        let error = harness.error("where", [1], "x")
        #expect(error?.message == "where: `block` must be a block, not a string")
        #expect(error?.hint == "write a block in braces: where { $it … }")
    }

    @Test func everyCommandDocumentsItself() throws {
        for spec in CoreBuiltins().commands {
            #expect(!spec.summary.isEmpty, "\(spec.name) has no summary")
            #expect(!spec.discussion.isEmpty, "\(spec.name) has no discussion")
            for parameter in spec.parameters {
                #expect(!parameter.help.isEmpty, "\(spec.name) \(parameter.name) has no help")
            }
        }
        let names = CoreBuiltins().commands.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(names) == [
            "print", "warn", "len", "keys", "values", "range", "type", "str", "int", "float", "json.parse",
            "json.format", "join", "split", "lower", "upper", "trim", "contains", "replace", "fail", "where",
            "map", "each", "select", "sort-by", "first", "last", "count", "sum", "group-by", "uniq", "table",
        ])
    }

    private func names(_ rows: Value) throws -> [String] {
        guard case .list(let elements) = rows else { return [] }
        return elements.map { row in
            if case .map(let map) = row, case .string(let name)? = map["name"] { return name }
            return "?"
        }
    }

    private func isInt(_ value: Value, _ expected: Int) -> Bool {
        if case .int(let number) = value { return number == expected }
        return false
    }
}
