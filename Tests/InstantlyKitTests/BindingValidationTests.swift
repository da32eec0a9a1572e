import APISchema
import InstLanguage
import Testing

/// Arguments are checked against the spec's schemas before anything is sent: each problem is
/// a catchable error naming the field and what is allowed.
@Suite struct BindingValidationTests {
    /// The caught error's message; asserts nothing was sent.
    private func refusal(_ script: String) async throws -> String {
        let harness = CommandHarness()
        let payload = try #require(await harness.caught(script))
        #expect(harness.transport.requests.isEmpty)
        #expect(payload[field: "code"] == .string("invalid_argument"))
        #expect(payload[field: "status"] == .null)
        guard case .string(let message)? = payload[field: "message"] else { return "" }
        return message
    }

    @Test func anUnknownNamedArgumentIsRefusedBeforeRunningWithASuggestion() async throws {
        let harness = CommandHarness()
        let error = try #require(await harness.failure("instantly.campaigns.list limt=5") as? DiagnosticsError)
        #expect(error.diagnostics.first?.message == "unknown argument 'limt' for 'instantly.campaigns.list'")
        #expect(error.diagnostics.first?.notes == ["did you mean 'limit'?"])
    }

    @Test func anUnknownFieldInAWholeBodyListsTheClosestAllowedOnes() async throws {
        let message = try await refusal(#"instantly.leads.create body={emial: "a@x.com"}"#)
        #expect(message.hasPrefix("emial: unknown field; allowed: email"))
    }

    @Test func aWrongTypeNamesTheField() async throws {
        let message = try await refusal("instantly.leads.create email=5")
        #expect(message == "email: expected string or null, got int")
    }

    @Test func anEnumValueOutsideTheSpecListsTheAllowedOnes() async throws {
        let message = try await refusal("instantly.campaigns.list status=7")
        #expect(message == "status: 7 is not allowed; use one of -99, -1, -2, 0, 1, 2, 3, 4")
    }

    @Test func boundsAreChecked() async throws {
        #expect(try await refusal("instantly.campaigns.list limit=500") == "limit: 500 is above the maximum 100")
        #expect(try await refusal(#"instantly.campaigns.list limit="0""#) == "limit: 0 is below the minimum 1")
    }

    @Test func pathValuesAreCheckedAgainstTheirFormat() async throws {
        #expect(try await refusal(#"instantly.campaigns.get "Q4""#) == #"id: "Q4" is not a uuid"#)
    }

    @Test func nestedFieldsAreNamedByTheirPath() async throws {
        let message = try await refusal(#"instantly.leads.add campaign_id="\#(campaignID)" leads=[{email: "a@x.com", custom_variables: {tags: ["x"]}}]"#)
        #expect(message.hasPrefix("leads[0].custom_variables.tags: "))
    }

    @Test func missingRequiredBodyFieldsAreReported() async throws {
        let message = try await refusal(#"instantly.leads.add campaign_id="\#(campaignID)""#)
        #expect(message == "leads: required, but missing")
    }

    @Test func severalProblemsAreCounted() async throws {
        let message = try await refusal("instantly.campaigns.list limit=500 status=7")
        #expect(message == "limit: 500 is above the maximum 100 (and 1 more problem)")
    }

    @Test func theServiceMayAddAHint() async throws {
        let harness = CommandHarness()
        let script = #"instantly.campaigns.create name="Q4" campaign_schedule={schedules: [{name: "x", timing: {from: "09:00", to: "17:00"}, days: {"1": true}, timezone: "America/New_York"}]}"#
        let payload = try #require(await harness.caught(script))
        guard case .string(let message)? = payload[field: "message"] else { Issue.record("no message"); return }
        #expect(message == #"campaign_schedule.schedules[0].timezone: "America/New_York" is not one of the 102 allowed values"#)
        #expect(payload[field: "hint"] == .string(#"try "America/Detroit""#), "the service's hint replaces the guess by spelling")
    }

    @Test func theRefusalIsCatchable() async throws {
        let harness = CommandHarness()
        let result = try await harness.run("let code = null\ntry { instantly.campaigns.get \"nope\" } catch err { set code = $err.code }\n$code")
        #expect(result == .string("invalid_argument"))
    }
}
