import Foundation
import Testing
@testable import InstLanguage

/// The normative examples in `shared/examples`, beside the package.
enum Examples {
    /// `…/shared/examples`, found from this file: Tests/InstLanguageTests → package root → its parent.
    static let directory: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        components.removeLast(3)
        return (components + ["..", "shared", "examples"]).joined(separator: "/")
    }()

    /// The text of an example, or `nil` when the examples are not beside the checkout.
    static func text(_ name: String) -> String? {
        try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    /// The names of the example scripts.
    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".inst") }.sorted()
    }

    /// The lines of a text file, without the empty one after the final newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

@Suite struct ExamplesTests {
    @Test func helloPrintsExactlyTheExpectedLines() throws {
        guard let source = Examples.text("hello.inst"), let expected = Examples.text("hello.expected") else { return }
        let runner = ScriptRunner()
        try runner.run(source, name: "hello.inst")
        #expect(runner.printed == Examples.lines(expected))
    }

    @Test func helloWarnsAndShowsTheTable() throws {
        guard let source = Examples.text("hello.inst") else { return }
        let runner = ScriptRunner()
        try runner.run(source, name: "hello.inst")
        #expect(runner.warned == ["0 clicks on 51 sends: check the CTA link"])
        let tables = runner.events.compactMap { if case .table(let rows) = $0 { rows } else { nil } }
        #expect(tables == [[["name": "05B", "sent": 31], ["name": "05A", "sent": 20]]])
    }

    /// Every example checks, with the host's commands (`instantly.…`, `csv.read`, …) and `use`d
    /// modules stood in for by permissive stubs: only commands the check does not know are stubbed,
    /// taking any positional arguments and the `name=value` names the example gives them.
    @Test func everyExampleChecks() throws {
        guard Examples.text("hello.inst") != nil else { return }
        #expect(Examples.scripts.count >= 5)
        for name in Examples.scripts {
            let source = try #require(Examples.text(name))
            var stubs: [String: Set<String>] = [:]
            var remaining: [String] = []
            for _ in 0..<50 {
                let interpreter = Interpreter(configuration: .init(moduleLoader: EmptyModules()))
                for (stub, names) in stubs {
                    let named = names.sorted().map { ParameterSpec($0, .named) }
                    interpreter.register(CommandSpec(
                        stub, summary: "stub", parameters: named + [ParameterSpec("values", .rest)]
                    ) { _, _ in .null })
                }
                do {
                    _ = try interpreter.check(SourceFile(name: name, text: source))
                    remaining = []
                    break
                } catch {
                    var learnt = false
                    remaining = []
                    for diagnostic in error.diagnostics {
                        if let command = Self.unknownCommand(diagnostic), stubs[command] == nil {
                            stubs[command] = []
                            learnt = true
                        } else if let (argument, command) = Self.unknownArgument(diagnostic), stubs[command] != nil {
                            learnt = stubs[command]?.insert(argument).inserted == true || learnt
                        } else {
                            remaining.append(diagnostic.rendered())
                        }
                    }
                    if !learnt || !remaining.isEmpty { break }
                }
            }
            #expect(remaining.isEmpty, "\(name): \(remaining.joined())")
        }
    }

    private static func unknownCommand(_ diagnostic: Diagnostic) -> String? {
        let prefix = "unknown command '"
        guard diagnostic.message.hasPrefix(prefix) else { return nil }
        return String(diagnostic.message.dropFirst(prefix.count).dropLast())
    }

    /// `unknown argument 'NAME' for 'COMMAND'` → (NAME, COMMAND).
    private static func unknownArgument(_ diagnostic: Diagnostic) -> (String, String)? {
        let parts = diagnostic.message.split(separator: "'", omittingEmptySubsequences: false)
        guard diagnostic.message.hasPrefix("unknown argument '"), parts.count == 5 else { return nil }
        return (String(parts[1]), String(parts[3]))
    }
}

/// Every library module is an empty file.
private struct EmptyModules: ModuleLoader {
    func load(_ reference: ModuleReference, from importer: SourceFile) throws -> SourceFile {
        SourceFile(name: "\(Resolver.namespace(of: reference)).inst", text: "")
    }
}
