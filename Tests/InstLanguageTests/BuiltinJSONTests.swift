import InstLanguage
import Testing

@Suite struct BuiltinJSONTests {
    let harness = BuiltinHarness()

    @Test func parseAndFormat() throws {
        let value = try harness.call("json.parse", #"{"id": 7, "tags": ["a"], "x": 0.5}"#)
        #expect(value == ["id": 7, "tags": ["a"], "x": 0.5])
        #expect(try harness.call("json.format", value) == #"{"id":7,"tags":["a"],"x":0.5}"#)
        #expect(try harness.call("json.format", ["a": 1], named: ["pretty": true]) == "{\n  \"a\": 1\n}")
    }

    @Test func formatReadsStreams() throws {
        #expect(try harness.call("json.format", harness.call("range", 3)) == "[0,1,2]")
    }

    @Test func parseErrorsAreCatchableRuntimeErrors() {
        let error = harness.error("json.parse", "[1,")
        #expect(error?.kind == .runtime)
        #expect(error?.message == "json.parse: unexpected end of input, expected a value at line 1, column 4 (byte 3)")
        #expect(harness.error("json.parse", .string(String(repeating: "[", count: 600)))?.kind == .runtime)
    }

    @Test func parseRespectsTheRunsCaps() {
        let capped = BuiltinHarness(limits: ExecutionLimits(maxStringBytes: 8, maxCollectionCount: 2))
        #expect(capped.error("json.parse", "[1, 2, 3]")?.kind == .limit(.listSize))
        #expect(capped.error("json.parse", #"["abcdefghi"]"#)?.kind == .limit(.stringSize))
    }

    @Test func formatRefusesNonFiniteNumbers() {
        let error = harness.error("json.format", [.float(.infinity)])
        #expect(error?.kind == .runtime)
        #expect(error?.message == "json.format: inf cannot be written as JSON")
    }
}
