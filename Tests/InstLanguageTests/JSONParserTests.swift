import InstLanguage
import Testing

@Suite struct JSONParserTests {
    @Test func parsesScalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse(" false ") == .bool(false))
        #expect(try JSONParser.parse(#""hi""#) == .string("hi"))
    }

    @Test func integersThatFitAreInts() throws {
        #expect(try isInt(JSONParser.parse("0"), 0))
        #expect(try isInt(JSONParser.parse("-0"), 0))
        #expect(try isInt(JSONParser.parse("9223372036854775807"), .max))
        #expect(try isInt(JSONParser.parse("-9223372036854775808"), .min))
    }

    @Test func otherNumbersAreFloats() throws {
        #expect(try isFloat(JSONParser.parse("9223372036854775808"), 9_223_372_036_854_775_808.0))
        #expect(try isFloat(JSONParser.parse("1.5"), 1.5))
        #expect(try isFloat(JSONParser.parse("2.0"), 2.0))
        #expect(try isFloat(JSONParser.parse("-1e3"), -1000))
        #expect(try isFloat(JSONParser.parse("1E+2"), 100))
        #expect(try isFloat(JSONParser.parse("0.1"), 0.1))
        #expect(try isFloat(JSONParser.parse("1e400"), .infinity))
    }

    @Test func objectsKeepKeyOrder() throws {
        guard case .map(let map) = try JSONParser.parse(#"{"z": 1, "a": [1, {"b": null}], "m": {}}"#) else {
            Issue.record("expected a map")
            return
        }
        #expect(map.keys == ["z", "a", "m"])
        #expect(map["a"] == [1, ["b": nil]])
        #expect(map["m"] == .map(ValueMap()))
    }

    @Test func repeatedKeyKeepsFirstPositionAndLastValue() throws {
        guard case .map(let map) = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#) else {
            Issue.record("expected a map")
            return
        }
        #expect(map.keys == ["a", "b"])
        #expect(map["a"] == 3)
    }

    @Test func decodesEscapes() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{8}\u{C}"))
        #expect(try JSONParser.parse(#""\u0041\u00e9\u4e2d""#) == .string("Aé中"))
        #expect(try JSONParser.parse(#""\ud83d\ude00 smile""#) == .string("😀 smile"))
        #expect(try JSONParser.parse(#""x\u0000y""#) == .string("x\u{0}y"))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try JSONParser.parse(#""\ud83d""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\ude00x""#) == .string("\u{FFFD}x"))
        #expect(try JSONParser.parse(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
    }

    @Test func keepsRawUnicodeAndRepairsInvalidUTF8() throws {
        #expect(try JSONParser.parse(#""héllo 😀""#) == .string("héllo 😀"))
        #expect(try JSONParser.parse([0x22, 0x61, 0xFF, 0x22]) == .string("a\u{FFFD}"))
    }

    @Test func skipsByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test(arguments: [
        ("", "unexpected end of input, expected a value at line 1, column 1 (byte 0)"),
        ("[1, 2", "expected ',' or ']' after an array element, found end of input at line 1, column 6 (byte 5)"),
        ("[1, 2,]", "trailing comma before ']' at line 1, column 7 (byte 6)"),
        ("{\"a\": 1,}", "trailing comma before '}' at line 1, column 9 (byte 8)"),
        ("{\"a\" 1}", "expected ':' after an object key, found '1' at line 1, column 6 (byte 5)"),
        ("{a: 1}", "expected a string key in an object, found 'a' at line 1, column 2 (byte 1)"),
        ("[1]x", "unexpected 'x' after the JSON value at line 1, column 4 (byte 3)"),
        ("tru", "invalid literal, expected 'true' at line 1, column 1 (byte 0)"),
        ("01", "leading zeros are not allowed in numbers at line 1, column 1 (byte 0)"),
        ("-", "expected a digit after '-', found end of input at line 1, column 2 (byte 1)"),
        ("1.", "expected a digit after '.', found end of input at line 1, column 3 (byte 2)"),
        ("1e+", "expected a digit after the exponent, found end of input at line 1, column 4 (byte 3)"),
        ("\"abc", "unterminated string at line 1, column 1 (byte 0)"),
        ("\"a\nb\"", "control character U+000A in a string must be escaped at line 1, column 3 (byte 2)"),
        ("\"\\x\"", "invalid escape '\\x' in a string at line 1, column 2 (byte 1)"),
        ("\"\\u12g4\"", "invalid \\u escape: expected 4 hex digits, found 'g' at line 1, column 6 (byte 5)"),
        ("[\n  1,\n  é]", "unexpected 'é', expected a value at line 3, column 3 (byte 9)"),
        ("NaN", "unexpected 'N', expected a value at line 1, column 1 (byte 0)"),
    ])
    func reportsErrorsWithPosition(input: String, message: String) {
        #expect(throws: JSONError.self) { try JSONParser.parse(input) }
        do {
            _ = try JSONParser.parse(input)
        } catch {
            #expect(error.description == message)
            #expect(error.reason == .syntax)
        }
    }

    @Test(arguments: [
        "[1 2]", #"{"a":1 "b":2}"#, #""\u00""#, "[-]", "[.5]", "[+1]", "[1.e1]", "[0x1]", #"["a\"]"#, #"{"a"}"#,
        "[,1]", "[1,,2]", "{,}", "[1]]", "{\"a\":1}}", "'a'", "[\u{0C}]", "[Infinity]", "nul", "[true false]",
    ])
    func rejectsInvalidJSON(input: String) {
        #expect(throws: JSONError.self) { try JSONParser.parse(input) }
    }

    @Test(arguments: [
        " [1] ", "[[[]]]", #"{"":0}"#, "1E-2", "-0.0e+0", #""\u0000""#, "\t\r\n [\n1\n]\n", "[\"\u{7F}\"]",
    ])
    func acceptsValidJSON(input: String) {
        #expect(throws: Never.self) { try JSONParser.parse(input) }
    }

    @Test func limitsNestingDepth() throws {
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(fine) }
        let deep = String(repeating: "[", count: 100_000)
        do {
            _ = try JSONParser.parse(deep)
            Issue.record("expected a depth error")
        } catch {
            #expect(error.reason == .depth)
            #expect(error.offset == 512)
        }
    }

    @Test func enforcesSizeCaps() {
        let options = JSONParser.Options(maxStringBytes: 4, maxCollectionCount: 2)
        #expect(throws: Never.self) { try JSONParser.parse(#"["abcd", "x"]"#, options: options) }
        #expect(reason(#"["abcde"]"#, options) == .stringSize)
        #expect(reason(#"["ab\ncde"]"#, options) == .stringSize)
        #expect(reason("[1, 2, 3]", options) == .collectionSize)
        #expect(reason(#"{"a": 1, "b": 2, "c": 3}"#, options) == .collectionSize)
    }

    private func reason(_ text: String, _ options: JSONParser.Options) -> JSONError.Reason? {
        do {
            _ = try JSONParser.parse(text, options: options)
            return nil
        } catch {
            return error.reason
        }
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
