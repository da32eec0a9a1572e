import InstLanguage
import Testing

@Suite struct BuiltinStringTests {
    let harness = BuiltinHarness()

    @Test func join() throws {
        #expect(try harness.call("join", ["a", "b", 3, nil, [1]], ", ") == "a, b, 3, null, [1]")
        #expect(try harness.call("join", ["a", "b"]) == "ab")
        #expect(try harness.call("join", []) == "")
        #expect(try harness.call("join", harness.call("range", 3), "-") == "0-1-2")
        #expect(try harness.call("join", ["b": 1]).formatted().contains("key"))
    }

    @Test func joinErrors() {
        #expect(harness.error("join", "abc")?.message == "join: `list` must be a list, not a string")
        #expect(harness.error("join", ["a"], 1)?.message == "join: `separator` must be a string, not an int")
        let capped = BuiltinHarness(limits: ExecutionLimits(maxStringBytes: 4))
        #expect(capped.error("join", ["ab", "cd", "ef"])?.kind == .limit(.stringSize))
    }

    @Test func split() throws {
        #expect(try harness.call("split", "  a b\t\nc  ") == ["a", "b", "c"])
        #expect(try harness.call("split", "a,,b,", ",") == ["a", "", "b", ""])
        #expect(try harness.call("split", "a::b", "::") == ["a", "b"])
        #expect(try harness.call("split", "héy", "") == ["h", "é", "y"])
        #expect(try harness.call("split", "", ",") == [""])
        #expect(try harness.call("split", "   ") == [])
    }

    @Test func caseAndTrim() throws {
        #expect(try harness.call("lower", "ÀdA") == "àda")
        #expect(try harness.call("upper", "straße") == "STRASSE")
        #expect(try harness.call("trim", " \t hi there \n") == "hi there")
        #expect(try harness.call("trim", "   ") == "")
        #expect(harness.error("upper", 1)?.message == "upper: `string` must be a string, not an int")
    }

    @Test func replace() throws {
        #expect(try harness.call("replace", "a-b-c", "-", "+") == "a+b+c")
        #expect(try harness.call("replace", "aaa", "aa", "b") == "ba")
        #expect(try harness.call("replace", "abc", "x", "y") == "abc")
        #expect(harness.error("replace", "abc", "", "y")?.message == "replace: `old` must not be empty")
    }

    @Test func contains() throws {
        #expect(try harness.call("contains", "hello", "ell") == true)
        #expect(try harness.call("contains", "hello", "xyz") == false)
        #expect(try harness.call("contains", [1, "a"], 1.0) == true)
        #expect(try harness.call("contains", [1, "a"], "b") == false)
        #expect(try harness.call("contains", ["a": 1], "a") == true)
        #expect(try harness.call("contains", ["a": 1], "b") == false)
        #expect(harness.error("contains", "hello", 1)?.message == "contains: `item` must be a string, not an int")
        #expect(harness.error("contains", 5, 1)?.message == "contains: `value` must be a string, list or map, not an int")
    }

    @Test func containsStopsReadingAStreamAtTheMatch() throws {
        let pulled = BuiltinHarness.Counter()
        let stream = BuiltinHarness.countingStream([1, 2, 3, 4, 5], pulled: pulled)
        #expect(try harness.call("contains", stream, 2) == true)
        #expect(pulled.value == 2)
    }
}
