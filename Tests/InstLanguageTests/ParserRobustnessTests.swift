import Testing
@testable import InstLanguage

/// No input crashes the front end: deep nesting is a diagnostic, and thousands of randomly mutated
/// scripts all produce a tree and in-bounds diagnostics.
@Suite struct ParserRobustnessTests {
    static let depth = 10_000

    /// Inputs nested (or chained) far beyond ``Parser/maximumNesting``, by name.
    static let deepInputs: [String: String] = [
        "parentheses": "print " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth),
        "unclosed parentheses": "let x = " + String(repeating: "(", count: depth),
        "lists": "let x = " + String(repeating: "[", count: depth),
        "maps": "let x = " + String(repeating: "{a: ", count: depth),
        "blocks": String(repeating: "if $x {\n", count: depth),
        "block arguments": String(repeating: "each { ", count: depth),
        "interpolations": String(repeating: "print \"$(", count: depth),
        "prefix not": "let x = " + String(repeating: "not ", count: depth) + "$a",
        "prefix minus": "let x = " + String(repeating: "-", count: depth) + "1",
        "additions": "let x = 1" + String(repeating: " + 1", count: depth),
        "defaults": "let x = $a" + String(repeating: " ?? $a", count: depth),
        "fields": "let x = $a" + String(repeating: ".b", count: depth),
        "indexes": "let x = $a" + String(repeating: "[0]", count: depth),
        "mixed": String(repeating: "[(\"$({a: ", count: depth),
    ]

    @Test(arguments: deepInputs.keys.sorted())
    func deepNestingIsADiagnostic(name: String) {
        let source = Self.deepInputs[name] ?? ""
        let result = ParseSupport.parse(source)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("too deeply nested") }, "\(name): \(messages.prefix(3))")
        #expect(result.diagnostics.count <= 3, "\(name): \(messages.prefix(5))")
        _ = Parser.needsContinuation(source)
    }

    @Test func nestingBelowTheLimitParses() {
        let depth = Parser.maximumNesting / 2
        let sources = [
            "print " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth),
            String(repeating: "if $x {\n", count: depth) + String(repeating: "}\n", count: depth),
            "let x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
            "let x = 1" + String(repeating: " + 1", count: depth),
        ]
        for source in sources {
            #expect(ParseSupport.parse(source).diagnostics.isEmpty)
        }
    }

    @Test func randomlyMutatedScriptsNeverCrash() {
        var random = SplitMix64(seed: 0x1257_AB5C_0FFE)
        let corpus = ParseSupport.examples().map(\.text) + [Self.fallbackScript]
        let alphabet = Array("\"'$(){}[]|\\#\n =.-:,;?!<>+*/%_a1é😀\t".utf8)
        for caseNumber in 0..<3_000 {
            var bytes = Array(corpus[caseNumber % corpus.count].utf8)
            for _ in 0..<(1 + random.next(below: 4)) {
                mutate(&bytes, alphabet: alphabet, random: &random)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let result = ParseSupport.parse(text)
            let size = text.utf8.count
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.start >= 0 && diagnostic.span.end <= size, "case \(caseNumber)")
                _ = diagnostic.rendered()
            }
            _ = result.script.statements.map(ParseSupport.render)
            _ = Parser.needsContinuation(text)
        }
    }

    private func mutate(_ bytes: inout [UInt8], alphabet: [UInt8], random: inout SplitMix64) {
        let position = random.next(below: bytes.count + 1)
        switch random.next(below: 3) {
        case 0 where !bytes.isEmpty:
            let length = 1 + random.next(below: 6)
            bytes.removeSubrange(min(position, bytes.count - 1)..<min(bytes.count, position + length))
        case 1:
            bytes.insert(alphabet[random.next(below: alphabet.count)], at: position)
        default:
            let length = random.next(below: 40)
            let slice = Array(bytes[position..<min(bytes.count, position + length)])
            bytes.insert(contentsOf: slice, at: random.next(below: bytes.count + 1))
        }
    }

    static let fallbackScript = """
        # fallback corpus when shared/examples is absent
        param n = 3
        require read "x.csv"
        proc f(a, b = [1, {k: "v"}]) { return $a + $b[0] }
        let xs = [1, 2.5, "s $(f 1 b=[2]) $n.x", 'raw']
        for x in $xs { if $x == 1 { continue } else if not $x { break } else { print $x } }
        try { fail {message: "m"} } catch err { warn "$err.message" }
        $xs | where { $it != null } | sort-by --desc | first 2 \\
          | table
        set m.a[0].b = -1 ?? 2
        """
}

/// A tiny deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (0 when `bound` is 0).
    mutating func next(below bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
