import InstLanguage
import Testing

@Suite struct BuiltinConversionTests {
    let harness = BuiltinHarness()

    @Test func typeNames() throws {
        let cases: [(Value, String)] = [
            (nil, "null"), (true, "bool"), (1, "int"), (1.5, "float"), ("s", "string"),
            ([1], "list"), (["a": 1], "map"),
        ]
        for (value, name) in cases {
            #expect(try harness.call("type", value) == .string(name))
        }
        #expect(try harness.call("type", harness.call("range", 2)) == "list")
    }

    @Test func str() throws {
        #expect(try harness.call("str", 2.0) == "2.0")
        #expect(try harness.call("str", "x") == "x")
        #expect(try harness.call("str", [1, "a"]) == #"[1, "a"]"#)
        #expect(try harness.call("str", nil) == "null")
        #expect(try harness.call("str", harness.call("range", 2)) == "[0, 1]")
    }

    @Test func int() throws {
        #expect(try isInt(harness.call("int", "42"), 42))
        #expect(try isInt(harness.call("int", " -7 "), -7))
        #expect(try isInt(harness.call("int", "3.7"), 3))
        #expect(try isInt(harness.call("int", -2.5), -2))
        #expect(try isInt(harness.call("int", true), 1))
        #expect(try isInt(harness.call("int", 5), 5))
        #expect(harness.error("int", "abc")?.message == #"int: cannot convert "abc" to an int"#)
        #expect(harness.error("int", 1e300)?.message == "int: 1e+300 does not fit in an int")
        #expect(harness.error("int", .float(.nan))?.message == "int: nan does not fit in an int")
        let nullError = harness.error("int", nil)
        #expect(nullError?.message == "int: cannot convert null to an int")
        #expect(nullError?.hint == "give a default with ??, e.g. ($x ?? 0)")
    }

    @Test func float() throws {
        #expect(try isFloat(harness.call("float", 3), 3))
        #expect(try isFloat(harness.call("float", " 1e3 "), 1000))
        #expect(try isFloat(harness.call("float", false), 0))
        #expect(harness.error("float", "x1")?.message == #"float: cannot convert "x1" to a float"#)
        #expect(harness.error("float", [1])?.message == "float: cannot convert a list to a float")
    }

    private func isInt(_ value: Value, _ expected: Int) -> Bool {
        if case .int(let number) = value { return number == expected }
        return false
    }

    private func isFloat(_ value: Value, _ expected: Double) -> Bool {
        if case .float(let number) = value { return number == expected }
        return false
    }
}
