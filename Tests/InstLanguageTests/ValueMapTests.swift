import Testing
@testable import InstLanguage

/// Maps above the index threshold find keys through a hash index; these check that it agrees
/// with plain string equality, including keys that are equal without being byte-identical.
@Suite struct ValueMapTests {
    /// A map with `count` keys `k0`, `k1`, … mapped to their numbers.
    private func numbered(_ count: Int) -> ValueMap {
        var map = ValueMap()
        for number in 0..<count { map["k\(number)"] = .int(number) }
        return map
    }

    @Test func largeMapsFindEveryKey() {
        let map = numbered(1000)
        for number in 0..<1000 { #expect(map["k\(number)"] == .int(number)) }
        #expect(map["k1000"] == nil)
        #expect(map["k-1"] == nil)
        #expect(map.keys.first == "k0")
        #expect(map.keys.last == "k999")
    }

    @Test func longAndEmptyKeys() {
        var map = numbered(20)
        let long = String(repeating: "abcdefgh", count: 9) + "x"
        map[long] = "long"
        map[""] = "empty"
        #expect(map[long] == "long")
        #expect(map[String(repeating: "abcdefgh", count: 9) + "y"] == nil)
        #expect(map[""] == "empty")
    }

    @Test func canonicallyEqualKeysAreOneKey() {
        for count in [3, 40] {
            var map = numbered(count)
            map["caf\u{E9}"] = 1
            #expect(map["cafe\u{301}"] == 1, "decomposed é finds the precomposed key")
            map["K"] = 2
            #expect(map["\u{212A}"] == 2, "the Kelvin sign equals K")
            map["\u{212A}"] = 3
            #expect(map["K"] == 3)
            #expect(map.count == count + 2)
        }
    }

    @Test func nonASCIILookupsInAnASCIIMap() {
        var map = numbered(30)
        map["K"] = 1
        #expect(map["\u{212A}"] == 1, "the Kelvin sign finds K")
        #expect(map["k\u{301}"] == nil)
        map["\u{212A}"] = 2
        #expect(map["K"] == 2)
        #expect(map.count == 31)
    }

    @Test func nonASCIIKeysStoredBeforeASCIILookups() {
        var map = numbered(30)
        map["\u{212A}"] = 1
        map["日本"] = 2
        #expect(map["K"] == 1)
        #expect(map["日本"] == 2)
        #expect(map["k5"] == 5)
        map.removeValue(forKey: "k5")
        #expect(map["k5"] == nil)
        #expect(map["k6"] == 6)
        #expect(map["K"] == 1)
    }

    @Test func copiesDoNotShareChanges() {
        for count in [3, 40] {
            let original = numbered(count)
            var copy = original
            copy["k0"] = "changed"
            copy["new"] = true
            copy.modify("k1") { $0 = "modified" }
            #expect(original["k0"] == 0)
            #expect(original["k1"] == 1)
            #expect(original["new"] == nil)
            #expect(copy["k0"] == "changed")
            #expect(copy["k1"] == "modified")
            #expect(copy["new"] == true)
            #expect(copy.count == count + 1)
        }
    }

    @Test func removalKeepsOrderAndIndex() {
        var map = numbered(20)
        for number in stride(from: 0, to: 20, by: 2) { map.removeValue(forKey: "k\(number)") }
        #expect(map.keys == stride(from: 1, to: 20, by: 2).map { "k\($0)" })
        for number in stride(from: 1, to: 20, by: 2) { #expect(map["k\(number)"] == .int(number)) }
        map["k0"] = "back"
        #expect(map.keys.last == "k0")
    }
}

@Suite struct StringCharacterTests {
    @Test func characterCountMatchesCount() {
        let samples = [
            "", "a", "hello world", "line\r\nbreak", "\r\n\r\n", "\r", "\n\r", "a\rb",
            "héllo", "👍🏽 ok", "e\u{301}", String(repeating: "abc\r\n", count: 50),
            String(repeating: "x", count: 17), String(repeating: "é", count: 9) + "a",
        ]
        for sample in samples { #expect(sample.characterCount == sample.count, "\(sample.debugDescription)") }
    }

    @Test func characterAtOffsetMatchesIndexing() {
        let samples = ["hello", "a\r\nb", "e\u{301}x", "ab\u{301}", "x👍🏽y", "abc\r"]
        for sample in samples {
            let characters = Array(sample).map(String.init)
            for offset in 0..<characters.count {
                #expect(sample.character(atOffset: offset) == characters[offset], "\(sample.debugDescription) @\(offset)")
            }
            #expect(sample.character(atOffset: characters.count) == nil)
            #expect(sample.character(atOffset: -1) == nil)
        }
    }
}
