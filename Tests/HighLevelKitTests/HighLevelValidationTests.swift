import APISchema
@testable import HighLevelKit
import InstLanguage
import Testing

/// Unknown fields are refused before anything is sent (the live API answers 422; law G2).
@Suite struct HighLevelValidationTests {
    /// Names no parameter has (nor its snake_case alias) are refused when the script is checked,
    /// before anything runs: `inst check` finds them too.
    @Test(arguments: [
        #"ghl.contacts.upsert email="a@b.co" emial="x""#,
        #"ghl.contacts.update c1 locationId="loc_1""#,
        #"ghl.contacts.add_tags c1 ["x"] locationId="loc_1""#,
        #"ghl.contacts.create_note c1 "hi" location_id="loc_1""#,
    ])
    func unknownNamesAreRefusedAtCheckTime(_ script: String) throws {
        let harness = HighLevelHarness()
        #expect(throws: DiagnosticsError.self) { try harness.interpreter.check(SourceFile(name: "test.inst", text: script)) }
        #expect(harness.transport.requests.isEmpty)
    }

    @Test(arguments: [
        #"ghl.contacts.upsert email="a@b.co" dndSettings={Email: {status: "active", bogus: 1}}"#,
        #"ghl.contacts.upsert body={email: "a@b.co", nickname: "A"}"#,
        #"ghl.contacts.add_tags c1 "not-a-list""#,
        #"ghl.contacts.search pageLimit=501"#,
    ])
    func refusedBeforeSending(_ script: String) async throws {
        let harness = HighLevelHarness()
        let error = try #require(await harness.caught(script))
        #expect(error[field: "code"] == .string("invalid_argument"))
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func aFieldGivenInBothSpellingsIsRefused() throws {
        let harness = HighLevelHarness()
        let error = try #require(Self.checkMessages(harness, #"ghl.contacts.upsert firstName="A" first_name="B""#))
        #expect(error.contains { $0.contains("given twice") })
    }

    @Test func aMisspeltFieldGetsASuggestion() throws {
        let harness = HighLevelHarness()
        let notes = try #require(Self.checkMessages(harness, #"ghl.contacts.upsert email="a@b.co" frist_name="A""#))
        #expect(notes.contains { $0.contains("unknown argument 'frist_name'") })
        #expect(notes.contains { $0.contains("did you mean 'first_name'?") })
    }

    @Test func snakeCaseSpellingsAreAliases() throws {
        #expect(HighLevelCommand.snakeCase("companyName") == "company_name")
        #expect(HighLevelCommand.snakeCase("email") == "email")
        let upsert = try #require(HighLevelHarness().command("ghl.contacts.upsert"))
        #expect(upsert.parameters.first { $0.name == "firstName" }?.aliases == ["first_name"])
        #expect(upsert.parameters.first { $0.name == "email" }?.aliases == [])
    }

    /// The messages and notes of the check's diagnostics, or nil when the script checks.
    private static func checkMessages(_ harness: HighLevelHarness, _ text: String) -> [String]? {
        do {
            _ = try harness.interpreter.check(SourceFile(name: "test.inst", text: text))
            return nil
        } catch {
            return error.diagnostics.flatMap { [$0.message] + $0.notes }
        }
    }
}
