import ArgumentParser
import InstLanguage
@testable import InstCLI
import Testing

@Suite struct CommandLineHelpTests {
    @Test func root() {
        Snapshot.expect(Inst.helpMessage(columns: 80), named: "inst-help")
    }

    @Test func run() {
        Snapshot.expect(Inst.helpMessage(for: RunCommand.self, columns: 80), named: "inst-run-help")
    }

    @Test func check() {
        Snapshot.expect(Inst.helpMessage(for: CheckCommand.self, columns: 80), named: "inst-check-help")
    }

    @Test func repl() {
        Snapshot.expect(Inst.helpMessage(for: ReplCommand.self, columns: 80), named: "inst-repl-help")
    }

    @Test func help() {
        Snapshot.expect(Inst.helpMessage(for: LanguageHelpCommand.self, columns: 80), named: "inst-help-help")
    }
}

@Suite struct CommandHelpTests {
    private let help = CommandHelp(specs: [
        CommandSpec("print", summary: "Print values.", parameters: [ParameterSpec("values", .rest)]) { _, _ in .null },
        CommandSpec(
            "sort-by", summary: "Sort rows by a field.", discussion: "Stable; null sorts first.",
            parameters: [ParameterSpec("field", type: "string", help: "the key"), ParameterSpec("desc", .flag, type: "bool")]
        ) { _, _ in .null },
        CommandSpec(
            "csv.read", summary: "Read a CSV file.",
            parameters: [ParameterSpec("path", required: true, type: "string", help: "the file")], effect: .read
        ) { _, _ in .null },
        CommandSpec("csv.write", summary: "Write a CSV file.", parameters: [ParameterSpec("limit", .named, type: "int")], effect: .write) { _, _ in .null },
    ])

    @Test func overviewGroupsByNamespaceBuiltInsFirst() {
        #expect(help.overview() == """
            Commands (`help NAME` describes one):

            built-in
              print    Print values.
              sort-by  Sort rows by a field.

            csv
              csv.read   Read a CSV file.
              csv.write  Write a CSV file.

            """)
    }

    @Test func oneCommandInFull() {
        #expect(help.describe("sort-by") == """
            usage: sort-by [field] [--desc]

            Sort rows by a field.

            parameters:
              field  string  the key
              desc   bool

            effect: pure

            Stable; null sorts first.

            """)
        #expect(help.describe("csv.read")?.hasPrefix("usage: csv.read path\n") == true)
        #expect(help.describe("csv.read")?.contains("  path  string, required  the file\n") == true)
        #expect(help.describe("csv.write")?.hasPrefix("usage: csv.write [limit=int]\n") == true)
        #expect(help.describe("print")?.hasPrefix("usage: print [values…]\n") == true)
    }

    @Test func aNamespaceListsItsCommands() {
        #expect(help.describe("csv") == "csv\n  csv.read   Read a CSV file.\n  csv.write  Write a CSV file.\n")
        #expect(help.describe("nope") == nil)
    }

    @Test func suggestsCloseNames() {
        #expect(help.suggestions(for: "read") == ["csv.read"])
        #expect(help.suggestions(for: "sort") == ["sort-by"])
    }
}
