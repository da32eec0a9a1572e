import APISchema
@testable import HighLevelKit
import InstLanguage
import Testing

/// Unknown fields are refused before anything is sent (the live API answers 422; law G2).
@Suite struct HighLevelValidationTests {
    @Test(arguments: [
        #"ghl.contacts.upsert email="a@b.co" emial="x""#,
        #"ghl.contacts.update c1 locationId="loc_1""#,
        #"ghl.contacts.add_tags c1 ["x"] locationId="loc_1""#,
        #"ghl.contacts.create_note c1 "hi" location_id="loc_1""#,
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

    @Test func aFieldGivenInBothSpellingsIsRefused() async throws {
        let harness = HighLevelHarness()
        let error = try #require(await harness.caught(#"ghl.contacts.upsert firstName="A" first_name="B""#))
        #expect(error[field: "message"].map { "\($0)" }?.contains("twice") == true)
        #expect(harness.transport.requests.isEmpty)
    }

    @Test func aMisspeltFieldGetsASuggestion() async throws {
        let harness = HighLevelHarness()
        let error = try #require(await harness.caught(#"ghl.contacts.upsert email="a@b.co" frist_name="A""#))
        #expect(error[field: "message"].map { "\($0)" }?.contains("did you mean firstName?") == true)
    }

    @Test func spellingsConvert() {
        #expect(HighLevelCommand.camelCase("first_name") == "firstName")
        #expect(HighLevelCommand.camelCase("email") == "email")
        #expect(HighLevelCommand.snakeCase("companyName") == "company_name")
    }
}
