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
}
