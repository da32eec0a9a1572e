import InstLanguage
import Testing

@Suite struct JSONPrinterTests {
    @Test func writesCompactJSONInMapOrder() throws {
        let value: Value = ["z": 1, "a": [1, 2.5, "x", true, nil], "m": .map(ValueMap()), "l": []]
        #expect(try JSONPrinter.format(value) == #"{"z":1,"a":[1,2.5,"x",true,null],"m":{},"l":[]}"#)
    }

    @Test func writesPrettyJSONWithTwoSpaces() throws {
        let value: Value = ["a": [1, ["b": "c"]], "e": []]
        #expect(try JSONPrinter.format(value, pretty: true) == """
            {
              "a": [
                1,
                {
                  "b": "c"
                }
              ],
              "e": []
            }
            """)
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() throws {
        let text = "q\"b\\n\nt\tr\rb\u{8}f\u{C}z\u{0}e\u{1B}del\u{7F}é😀/"
        #expect(try JSONPrinter.format(.string(text)) == #""q\"b\\n\nt\tr\rb\bf\fz\u0000e\u001bdel\#u{7F}é😀/""#)
    }

    @Test func floatsKeepTheirFractionAndExponent() throws {
        #expect(try JSONPrinter.format([2.0, 0.1, 1e-5, 1e16, -0.0, 123.456]) == "[2.0,0.1,1e-05,1e+16,-0.0,123.456]")
    }

    @Test func refusesWhatJSONCannotHold() {
        #expect(throws: ScriptError.self) { try JSONPrinter.format(.float(.infinity)) }
        #expect(throws: ScriptError.self) { try JSONPrinter.format([.float(.nan)]) }
    }

    @Test func refusesValuesNestedTooDeeply() {
        var value: Value = []
        for _ in 0..<600 { value = [value] }
        #expect(throws: ScriptError.self) { try JSONPrinter.format(value) }
    }

    @Test func readsStreams() throws {
        let stream = ValueStream(elements: [1, 2] as [Value])
        #expect(try JSONPrinter.format(["s": .stream(stream)]) == #"{"s":[1,2]}"#)
    }

    @Test(arguments: [
        #"{"id":7,"name":"Ada","tags":["a","b"],"score":0.5,"ok":true,"none":null}"#,
        #"[1,-2,3.25,1e+300,"\u0000\n\"\\",{},[]]"#,
        #""\u001f😀中""#,
        "-9223372036854775808",
        "9.223372036854776e+18",
    ])
    func roundTrips(text: String) throws {
        let value = try JSONParser.parse(text)
        let printed = try JSONPrinter.format(value)
        #expect(try JSONParser.parse(printed) == value)
        #expect(printed == text)
        #expect(try JSONParser.parse(JSONPrinter.format(value, pretty: true)) == value)
    }

    @Test func bytesMatchText() throws {
        let value: Value = ["a": "é"]
        #expect(try JSONPrinter.bytes(value) == Array(#"{"a":"é"}"#.utf8))
    }
}
