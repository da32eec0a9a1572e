import Testing
@testable import InstLanguage

@Suite struct InterpreterArithmeticTests {
    /// The value of one expression.
    private func value(_ expression: String) throws -> Value {
        try ScriptRunner().run("let v = \(expression)\nreturn $v")
    }

    /// The message of the runtime error an expression raises.
    private func failure(_ expression: String) throws -> String? {
        try ScriptRunner().runtimeError("let v = \(expression)")?.message
    }

    @Test func integerArithmetic() throws {
        #expect(try value("1 + 2 * 3") == 7)
        #expect(try value("(1 + 2) * 3") == 9)
        #expect(try value("10 - 4 - 3") == 3)
        #expect(try value("-2 * 3") == -6)
        #expect(try value("- (2 + 3)") == -5)
    }

    @Test func integerDivisionTruncatesTowardZero() throws {
        #expect(try value("7 / 2") == 3)
        #expect(try value("-7 / 2") == -3)
        #expect(try value("7 / -2") == -3)
        #expect(try value("7 % 3") == 1)
        #expect(try value("-7 % 3") == -1)
        #expect(try value("7 % -3") == 1)
    }

    @Test func floatsMixWithInts() throws {
        #expect(try value("7 / 2.0") == 3.5)
        #expect(try value("1 + 0.5") == 1.5)
        #expect(try value("2.5 * 2") == 5.0)
        #expect(try value("5.5 % 2") == 1.5)
        #expect(try value("1 == 1.0") == true)
    }

    @Test func divisionByZeroIsAnError() throws {
        #expect(try failure("1 / 0") == "division by zero")
        #expect(try failure("1 % 0") == "division by zero")
        #expect(try failure("1.0 / 0") == "division by zero")
    }

    @Test func overflowIsAnErrorNotACrash() throws {
        #expect(try failure("9223372036854775807 + 1") == "integer overflow")
        #expect(try failure("-9223372036854775807 - 2") == "integer overflow")
        #expect(try failure("4611686018427387904 * 2") == "integer overflow")
        #expect(try failure("(-9223372036854775807 - 1) / -1") == "integer overflow")
        #expect(try failure("(-9223372036854775807 - 1) % -1") == "integer overflow")
        #expect(try failure("-(-9223372036854775807 - 1)") == "integer overflow")
        let runner = ScriptRunner()
        #expect(try runner.runtimeError("let i = 9223372036854775806\nset i = $i + 1\nset i = $i + 1")?.message == "integer overflow")
    }

    @Test func plusJoinsStringsListsAndMaps() throws {
        #expect(try value(#""ab" + "cd""#) == "abcd")
        #expect(try value("[1, 2] + [3]") == [1, 2, 3])
        #expect(try value("{a: 1, b: 2} + {b: 3, c: 4}") == ["a": 1, "b": 3, "c": 4])
    }

    @Test func mixingTypesNamesBothWithAHint() throws {
        let error = try ScriptRunner().runtimeError(#"let v = "n: " + 1"#)
        #expect(error?.message == "cannot apply '+' to string and int")
        #expect(error?.hint?.contains("interpolation") == true)
        #expect(try failure("[1] + 1") == "cannot apply '+' to list and int")
        #expect(try failure("null - 1") == "cannot apply '-' to null and int")
    }

    @Test func comparisons() throws {
        #expect(try value("1 < 2") == true)
        #expect(try value("2 <= 2") == true)
        #expect(try value("1.5 > 2") == false)
        #expect(try value(#""apple" < "banana""#) == true)
        #expect(try value(#""b" >= "a""#) == true)
        #expect(try failure(#"1 < "a""#) == "cannot compare int with string")
    }

    @Test func equalityIsStructural() throws {
        #expect(try value("[1, {a: [2]}] == [1, {a: [2]}]") == true)
        #expect(try value("{a: 1, b: 2} == {b: 2, a: 1}") == true)
        #expect(try value(#"1 == "1""#) == false)
        #expect(try value("null != false") == true)
    }

    @Test func logicShortCircuitsAndGivesBools() throws {
        #expect(try value("1 and 2") == true)
        #expect(try value(#"0 or """#) == false)
        #expect(try value("not []") == true)
        #expect(try value("false and (1 / 0)") == false)
        #expect(try value("true or (1 / 0)") == true)
    }

    @Test func truthiness() throws {
        for falsy in ["null", "false", "0", "0.0", #""""#, "[]", "{}"] {
            #expect(try value("not \(falsy)") == true, "\(falsy) should be false")
        }
        for truthy in ["true", "1", "-1", "0.1", #""0""#, "[0]", "{a: null}"] {
            #expect(try value("not \(truthy)") == false, "\(truthy) should be true")
        }
    }

    @Test func coalesceAndMembership() throws {
        #expect(try value("null ?? 3") == 3)
        #expect(try value("0 ?? 3") == 0)
        #expect(try ScriptRunner().run("let m = {a: 1}\nreturn $m.b ?? 2") == 2)
        #expect(try value("2 in [1, 2]") == true)
        #expect(try value(#""a" in {a: 1}"#) == true)
        #expect(try value(#""ell" in "hello""#) == true)
        #expect(try value("3 not in [1, 2]") == true)
        #expect(try failure("1 in 5") == "cannot use 'in' on a int")
    }
}
