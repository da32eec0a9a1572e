import InstLanguage
import InstRuntime
import Testing

/// `stdlib/text.inst`, run through the interpreter.
@Suite struct TextModuleTests {
    private func evaluate(_ expression: String) throws -> Value {
        let host = ScriptHost(options: .init(baseDirectory: "/"))
        _ = try host.evaluate(SourceFile(name: "<repl:1>", text: "use text"))
        return try host.evaluate(SourceFile(name: "<repl:2>", text: expression))
    }

    @Test(arguments: [
        ("text.percent 12 51", "23.5%"), ("text.percent 1 3 2", "33.33%"), ("text.percent 2 3 0", "67%"),
        ("text.percent 0 0", "0%"), ("text.percent -1 3", "-33.3%"), ("text.percent 0.5 1", "50.0%"),
        ("text.percent 1 400", "0.3%"), ("text.percent 51 51", "100.0%"),
    ])
    func percent(call: String, expected: String) throws {
        #expect(try evaluate(call) == .string(expected))
    }

    @Test func plural() throws {
        #expect(try evaluate("text.plural 1 lead") == "1 lead")
        #expect(try evaluate("text.plural 0 lead") == "0 leads")
        #expect(try evaluate("text.plural 2 person people") == "2 people")
    }

    @Test func pad() throws {
        #expect(try evaluate("text.pad name 8") == "name    ")
        #expect(try evaluate("text.pad 42 6 --left") == "    42")
        #expect(try evaluate("text.pad 7 3 0 --left") == "007")
        #expect(try evaluate("text.pad toolong 3") == "toolong")
        #expect(throws: ScriptError.self) { try evaluate("text.pad x 3 \"\"") }
    }

    @Test func truncateAndRepeat() throws {
        #expect(try evaluate("text.truncate \"Executive Peer\" 10") == "Executive…")
        #expect(try evaluate("text.truncate short 10") == "short")
        #expect(try evaluate("text.truncate abcdef 4 \"...\"") == "a...")
        #expect(try evaluate("text.repeat \"-\" 5") == "-----")
        #expect(try evaluate("text.repeat ab 0") == "")
    }
}
