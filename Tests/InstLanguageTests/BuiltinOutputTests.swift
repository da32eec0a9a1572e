import InstLanguage
import Testing

@Suite struct BuiltinOutputTests {
    @Test func printJoinsArgumentsWithSpaces() throws {
        let harness = BuiltinHarness()
        #expect(try harness.call("print", "sent:", 12, ["a", 2.0], ["k": "v"]) == .null)
        #expect(try harness.call("print") == .null)
        #expect(harness.events.map(Self.describe) == [#"print sent: 12 ["a", 2.0] {k: "v"}"#, "print "])
    }

    @Test func printReadsStreams() throws {
        let harness = BuiltinHarness()
        _ = try harness.call("print", harness.call("range", 3))
        #expect(harness.events.map(Self.describe) == ["print [0, 1, 2]"])
    }

    @Test func warnGoesToTheWarnEvent() throws {
        let harness = BuiltinHarness()
        _ = try harness.call("warn", "careful", nil)
        #expect(harness.events.map(Self.describe) == ["warn careful null"])
    }

    @Test func printChecksTheStringCap() {
        let harness = BuiltinHarness(limits: ExecutionLimits(maxStringBytes: 5))
        #expect(harness.error("print", "abc", "def")?.kind == .limit(.stringSize))
        #expect(harness.events.isEmpty)
    }

    @Test func tableEmitsMaterializedRowsAndReturnsNull() throws {
        let harness = BuiltinHarness()
        #expect(try harness.call("table", harness.call("range", 2)) == .null)
        guard case .table(let rows)? = harness.events.first else {
            Issue.record("expected a table event")
            return
        }
        guard case .list(let elements) = rows else {
            Issue.record("expected the rows as a list, got \(rows)")
            return
        }
        #expect(elements == [0, 1])
    }

    @Test func failWithAString() {
        let error = BuiltinHarness().error("fail", "no audience")
        #expect(error?.kind == .failure)
        #expect(error?.message == "no audience")
        #expect(error?.payload == ["message": "no audience"])
        #expect(error?.isCatchable == true)
    }

    @Test func failWithAMapKeepsItAsThePayload() {
        let payload: Value = ["message": "quota", "code": "quota_reached", "retryable": true]
        let error = BuiltinHarness().error("fail", payload)
        #expect(error?.kind == .failure)
        #expect(error?.message == "quota")
        #expect(error?.payload == payload)
    }

    @Test func failWithAMapNeedsAMessage() {
        let error = BuiltinHarness().error("fail", ["code": 1])
        #expect(error?.kind == .runtime)
        #expect(error?.message == "fail: the error map needs a `message`")
        #expect(error?.hint != nil)
    }

    @Test func failWithOtherValuesFormatsThem() {
        let error = BuiltinHarness().error("fail", [1, 2])
        #expect(error?.payload == ["message": "[1, 2]"])
    }

    static func describe(_ event: OutputEvent) -> String {
        switch event {
        case .print(let text): "print \(text)"
        case .warn(let text): "warn \(text)"
        case .table(let value): "table \(value.formatted())"
        }
    }
}
