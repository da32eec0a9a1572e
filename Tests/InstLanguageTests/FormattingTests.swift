import InstLanguage
import Testing

@Suite struct FormattingTests {
    @Test func topLevelStringsAreRaw() {
        #expect(Value.string("a \"b\"\n").formatted() == "a \"b\"\n")
        #expect(Value.string("hi").formattedLiteral() == #""hi""#)
    }

    @Test func scalars() {
        #expect(Value.null.formatted() == "null")
        #expect(Value.bool(true).formatted() == "true")
        #expect(Value.int(-42).formatted() == "-42")
    }

    @Test(arguments: [
        (0.5, "0.5"), (2.0, "2.0"), (1e-5, "1e-05"), (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"), (-0.0, "-0.0"), (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"),
    ])
    func floatsUseShortestRoundTrip(number: Double, text: String) {
        #expect(Value.float(number).formatted() == text)
    }

    @Test func listsAndMapsQuoteNestedStrings() {
        let value: Value = ["a", 1, 2.5, nil, [true], ["k": "v"]]
        #expect(value.formatted() == #"["a", 1, 2.5, null, [true], {k: "v"}]"#)
    }

    @Test func mapKeysAreBareWhenIdentifiers() {
        let value: Value = ["name": "x", "n_2": 1, "a b": 2, "2x": 3, "dash-key": 4, "": 5, "é": 6]
        #expect(value.formatted() == #"{name: "x", n_2: 1, "a b": 2, "2x": 3, "dash-key": 4, "": 5, "é": 6}"#)
    }

    @Test func nestedStringsEscapeLikeJSON() {
        #expect(Value.list(["line\n\"q\"\\"]).formatted() == #"["line\n\"q\"\\"]"#)
    }

    @Test func emptyContainers() {
        #expect(Value.list([]).formatted() == "[]")
        #expect(Value.map(ValueMap()).formatted() == "{}")
    }

    @Test func streamsAreReadAndShownAsLists() {
        let stream = ValueStream(elements: [1, "a"] as [Value])
        #expect(Value.stream(stream).formatted() == #"[1, "a"]"#)
    }

    @Test func longStreamsAreCutOff() {
        var next = 0
        let endless = ValueStream {
            next += 1
            return .int(next)
        }
        let text = Value.stream(endless).formatted()
        #expect(text.hasSuffix(", 10000, …]"))
    }

    @Test func streamErrorsEndTheList() {
        var sent = false
        let failing = ValueStream {
            if sent { throw ScriptError.runtime("page 2 failed") }
            sent = true
            return .int(1)
        }
        #expect(Value.stream(failing).formatted() == "[1, …]")
    }

    @Test func deepNestingIsCutOff() {
        var value: Value = [1]
        for _ in 0..<1000 { value = [value] }
        #expect(value.formatted().contains("[…]"))
    }

    @Test func materializedReadsNestedStreams() throws {
        let inner = ValueStream(elements: [2, 3] as [Value])
        let outer = ValueStream(elements: [1, .stream(inner)] as [Value])
        let value: Value = ["s": .stream(outer), "plain": [1]]
        let read = try value.materialized(limits: ExecutionLimits())
        #expect(read == ["s": [1, [2, 3]], "plain": [1]])
        #expect(read.formatted() == "{s: [1, [2, 3]], plain: [1]}")
    }

    @Test func materializedEnforcesTheCollectionCap() {
        let stream = ValueStream(elements: (0..<10).map(Value.int))
        #expect(throws: ScriptError.self) {
            try Value.stream(stream).materialized(limits: ExecutionLimits(maxCollectionCount: 5))
        }
    }
}
