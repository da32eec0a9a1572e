import APISchema
@testable import InstantlyKit
import InstLanguage
import Testing

@Suite("Campaign rules and laws 6, 8")
struct LawCampaignRulesTests {
    let binding = InstantlyBinding()

    func schedule(days: Value) -> Value {
        ["schedules": [["name": "s", "timing": ["from": "09:00", "to": "17:00"], "days": days, "timezone": "America/Detroit"]]]
    }

    func review(_ body: Value, _ operation: APIOperation = InstantlyCatalog.campaignsCreate) throws -> [String] {
        var call = APICall(body: body)
        return try binding.review(&call, for: operation)
    }

    func refusal(_ body: Value) -> String? {
        do {
            _ = try review(body)
            return nil
        } catch {
            return (error as? ScriptError)?.message
        }
    }

    @Test func dayKeysMustBeZeroToSixWithOneDayOn() throws {
        #expect(try review(["campaign_schedule": schedule(days: ["1": true, "2": false])]) == [])
        #expect(refusal(["campaign_schedule": schedule(days: ["mon": true])])?.contains(#"not "mon""#) == true)
        #expect(refusal(["campaign_schedule": schedule(days: [:])])?.contains("no days given") == true)
        #expect(refusal(["campaign_schedule": schedule(days: ["0": false, "6": false])])?.contains("no day is true") == true)
        #expect(refusal(["campaign_schedule": schedule(days: ["7": true])])?.contains("campaign_schedule.schedules[0].days") == true)
    }

    @Test func onlyTheFirstSequenceIsUsed() throws {
        let step: Value = ["type": "email", "delay": 2, "variants": [["subject": "s", "body": "<div>hi</div>"]]]
        let warnings = try review(["sequences": [["steps": [step]], ["steps": [step]]]])
        #expect(warnings == ["body.sequences has 2 sequences; Instantly uses only sequences[0], so put every step in sequences[0].steps"])
    }

    @Test func aZeroDelayBeforeAnotherStepWarns() throws {
        let step: (Int) -> Value = { ["type": "email", "delay": .int($0), "variants": [["subject": "s", "body": "<div>hi</div>"]]] }
        #expect(try review(["sequences": [["steps": [step(3), step(0)]]]]) == [])
        let warnings = try review(["sequences": [["steps": [step(0), step(2)]]]])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("steps[0].delay is 0: step 2 follows immediately") == true)
    }

    @Test func patchEmailListWarnsThatItReplacesTheSenders() throws {
        let warnings = try review(["email_list": ["a@x.test", "b@x.test"]], InstantlyCatalog.campaignsUpdate)
        #expect(warnings == ["body.email_list replaces the campaign's senders; after this update it sends from 2 accounts: a@x.test, b@x.test"])
        #expect(try review(["email_list": ["a@x.test"]]) == [])
    }

    @Test func law6ActivateAndPauseSendAnEmptyObject() throws {
        for operation in [InstantlyCatalog.campaignsActivate, InstantlyCatalog.campaignsPause] {
            var call = APICall(path: ["id": "c1"])
            _ = try binding.review(&call, for: operation)
            #expect(call.body == .map(ValueMap()))
            let request = try OperationBinding(operation, service: binding).request(for: call)
            #expect(request.body == Array("{}".utf8))
            #expect(request.headers["Content-Type"] == "application/json")
        }
    }

    @Test func law8BodylessDeletesSendNothing() throws {
        var call = APICall(path: ["id": "l1"], body: ["stray": true])
        _ = try binding.review(&call, for: InstantlyCatalog.leadsDelete)
        #expect(call.body == nil)
        let request = try OperationBinding(InstantlyCatalog.leadsDelete, service: binding).request(for: call)
        #expect(request.body == nil)
        #expect(request.headers["Content-Type"] == nil)
        #expect(request.headers["User-Agent"]?.hasPrefix("Mozilla/5.0") == true)
    }
}
