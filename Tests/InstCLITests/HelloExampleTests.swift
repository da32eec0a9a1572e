import Foundation
import Testing

/// The normative example `shared/examples/hello.inst`: its `print` lines are `hello.expected`, in order.
@Suite struct HelloExampleTests {
    static let examples = InstBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/examples")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: examples.appendingPathComponent("hello.inst").path)))
    func helloPrintsTheExpectedLines() throws {
        let expected = try String(contentsOf: Self.examples.appendingPathComponent("hello.expected"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let outcome = try InstBinary.run(["run", "hello.inst"], directory: Self.examples.path)
        #expect(outcome.status == 0)
        #expect(outcome.error.contains("warning: 0 clicks on 51 sends: check the CTA link"))
        // Standard output is the print lines with the `table` block in between; drop the table.
        var lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let table = try #require(lines.firstIndex(of: "name  sent"))
        #expect(Array(lines[table..<table + 4]) == ["name  sent", "----  ----", "05B     31", "05A     20"])
        lines.removeSubrange(table..<table + 4)
        #expect(lines == expected)
    }
}
