import InstLanguage
@testable import InstRuntime
import Testing

@Suite struct CSVModuleTests {
    private func rows(_ text: String, maxRows: Int = 100) throws -> [Value] {
        try CSVModule.rows(of: text, path: "leads.csv", maxRows: maxRows)
    }

    @Test func theHeaderRowNamesTheFields() throws {
        let parsed = try rows("email,first_name\nada@northwind.test,Ada\ngrace@northwind.test,Grace\n")
        #expect(parsed == [
            ["email": "ada@northwind.test", "first_name": "Ada"],
            ["email": "grace@northwind.test", "first_name": "Grace"],
        ])
    }

    @Test func quotedCellsKeepCommasQuotesAndNewlines() throws {
        let parsed = try rows("name,note\n\"Lovelace, Ada\",\"said \"\"hi\"\"\nthen left\"\n")
        #expect(parsed == [["name": "Lovelace, Ada", "note": "said \"hi\"\nthen left"]])
    }

    @Test func shortRowsGetNullAndBlankLinesAreSkipped() throws {
        let parsed = try rows("a,b\n1\n\n2,3\n")
        #expect(parsed == [["a": "1", "b": nil], ["a": "2", "b": "3"]])
    }

    @Test func keepsFieldOrderFromTheHeader() throws {
        let parsed = try rows("z,a,m\n1,2,3\n")
        guard case .map(let row)? = parsed.first else {
            Issue.record("expected a map")
            return
        }
        #expect(row.keys == ["z", "a", "m"])
    }

    @Test func tooManyRowsIsALimitError() {
        #expect {
            try rows("a\n1\n2\n3\n", maxRows: 2)
        } throws: { error in
            (error as? ScriptError)?.kind == .limit(.listSize)
        }
    }

    @Test func isRegisteredAsAReadCommand() throws {
        let module = CSVModule(policy: FilePolicy(baseDirectory: "/"))
        let spec = try #require(module.commands.first)
        #expect(spec.name == "csv.read")
        #expect(spec.effect == .read)
        #expect(spec.parameters.map(\.name) == ["path"])
    }
}
