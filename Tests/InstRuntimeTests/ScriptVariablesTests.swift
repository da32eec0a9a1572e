@testable import InstRuntime
import Testing

@Suite struct ScriptVariablesTests {
    @Test func parsesAssignments() throws {
        let variables = try ScriptVariables(assignments: ["campaign_name=Q4 Peer", "filter=a=b", "n=1", "n=2", "empty="])
        #expect(variables.values == ["campaign_name": "Q4 Peer", "filter": "a=b", "n": "2", "empty": ""])
    }

    @Test(arguments: ["novalue", "=x", "1abc=x", "has space=x", "dash-name=x"])
    func rejectsMalformedAssignments(text: String) {
        #expect(throws: HostError.badVariable(text)) { try ScriptVariables(assignments: [text]) }
    }

    @Test func unknownNamesAreUsageErrorsListingTheParams() throws {
        let variables = try ScriptVariables(assignments: ["file=x.csv", "nope=1"])
        #expect(throws: HostError.unknownVariable("nope", declared: ["file", "campaign_name"])) {
            try variables.validate(against: ["file", "campaign_name"])
        }
        #expect(HostError.unknownVariable("nope", declared: ["file"]).description == "--var nope: the script has no 'param nope' (its params are: file)")
        try variables.validate(against: ["file", "nope"])
    }
}
