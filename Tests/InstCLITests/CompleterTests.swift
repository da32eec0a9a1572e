import InstLanguage
@testable import InstCLI
import Testing

@Suite struct CompleterTests {
    private let completer = Completer(catalog: CompletionCatalog(
        commands: [
            .init(name: "print"),
            .init(name: "sort-by", parameters: ["field", "desc"], flags: ["desc"]),
            .init(name: "select"),
            .init(name: "csv.read", parameters: ["path"]),
            .init(name: "json.parse", parameters: ["text"]),
            .init(name: "json.format", parameters: ["value", "pretty"], flags: ["pretty"]),
            .init(name: "instantly.campaigns.list", parameters: ["search", "limit"]),
            .init(name: "instantly.campaigns.get", parameters: ["id"]),
            .init(name: "instantly.accounts.list"),
        ],
        variables: ["campaigns", "campaign", "total"],
        statementWords: CompletionCatalog.keywords + ["help", "exit"]
    ))

    private func candidates(_ text: String) -> [String] {
        completer.complete(text).candidates
    }

    @Test func commandsAtTheStartOfAStatement() {
        #expect(candidates("pr") == ["print", "proc"])
        #expect(candidates("s") == ["select", "set", "sort-by"])
        #expect(completer.complete("sel").insertion == "ect ")
    }

    @Test func namespacesCompleteOneSegmentAtATime() {
        #expect(candidates("ins") == ["instantly."])
        #expect(completer.complete("ins").insertion == "tantly.")
        #expect(candidates("instantly.") == ["instantly.accounts.", "instantly.campaigns."])
        #expect(candidates("instantly.campaigns.") == ["instantly.campaigns.get", "instantly.campaigns.list"])
        #expect(candidates("json.") == ["json.format", "json.parse"])
        #expect(completer.complete("js").insertion == "on.")
    }

    @Test func commandPositionsInsidePipelinesAndAssignments() {
        #expect(candidates("$campaigns | so") == ["sort-by"])
        #expect(candidates("let xs = (instantly.c") == ["instantly.campaigns."])
        #expect(candidates("let xs = ins") == ["instantly."])
        #expect(candidates("set n=js") == ["json."])
        #expect(candidates("return cs") == ["csv."])
        #expect(candidates("for c in $xs { pr") == ["print", "proc"])
        #expect(candidates("$xs | where { $it.sent > 0 } | sel") == ["select"])
        #expect(candidates("print 1; pr") == ["print", "proc"])
    }

    @Test func namedArgumentsOfTheCommandBeingTyped() {
        #expect(candidates("instantly.campaigns.list ") == ["limit=", "search="])
        #expect(candidates("instantly.campaigns.list se") == ["search="])
        #expect(completer.complete("instantly.campaigns.list se").insertion == "arch=")
        #expect(candidates("instantly.campaigns.list search=x ") == ["limit="])
        #expect(candidates("let c = (instantly.campaigns.get i") == ["id="])
    }

    @Test func flagsOfTheCommandBeingTyped() {
        #expect(candidates("$xs | sort-by sent --") == ["--desc"])
        #expect(completer.complete("$xs | sort-by sent --d").insertion == "esc ")
        #expect(candidates("$xs | sort-by sent --desc --") == [])
    }

    @Test func variables() {
        #expect(candidates("print $ca") == ["$campaign", "$campaigns"])
        #expect(completer.complete("print $ca").insertion == "mpaign")
        #expect(candidates("$t") == ["$total"])
        #expect(candidates("if $to") == ["$total"])
        #expect(candidates("[1, $to") == ["$total"])
    }

    @Test func variablesInsideStringsGetNoTrailingSpace() {
        let completion = completer.complete("print \"sent: $tot")
        #expect(completion.candidates == ["$total"])
        #expect(completion.insertion == "al")
    }

    @Test func nothingInRawStringsCommentsListsOrConditions() {
        #expect(candidates("print 'pr") == [])
        #expect(candidates("print \"pr") == [])
        #expect(candidates("# pr") == [])
        #expect(candidates("let xs = [pr") == [])
        #expect(candidates("if pr") == [])
        #expect(candidates("unknown.command ") == [])
    }

    @Test func helpCompletesCommandNames() {
        #expect(candidates("help cs") == ["csv."])
        #expect(candidates("help csv.") == ["csv.read"])
        #expect(candidates("he") == ["help"])
    }

    @Test func aSingleCompleteWordGetsASpace() {
        #expect(completer.complete("csv.re").insertion == "ad ")
        #expect(completer.complete("csv.read").insertion == " ")
        #expect(completer.complete("zzz").insertion == "")
    }
}

@Suite struct CompletionCatalogTests {
    @Test func commandsFromSpecsKeepFlagsAndSkipRestParameters() {
        let spec = CommandSpec(
            "select", summary: "",
            parameters: [ParameterSpec("fields", .rest), ParameterSpec("desc", .flag), ParameterSpec("limit", .named)]
        ) { _, _ in .null }
        let command = CompletionCatalog.Command(spec)
        #expect(command.parameters == ["desc", "limit"])
        #expect(command.flags == ["desc"])
    }
}
