import APISchema
@testable import InstantlyKit
import InstLanguage
import Testing

@Suite("Law 3: schedule timezones")
struct LawTimezoneTests {
    let accepted = TimezoneCommand.accepted

    @Test func theEnumComesFromTheCatalog() {
        #expect(accepted.count == 102)
        #expect(accepted.contains("America/Detroit"))
        #expect(!accepted.contains("America/New_York"))
    }

    @Test func acceptedZonesPass() {
        #expect(TimezoneAdvisor.verdict(for: "America/Detroit", accepted: accepted) == .accepted)
    }

    @Test func newYorkGetsDetroitAndOtherEasternTwins() throws {
        let verdict = TimezoneAdvisor.verdict(for: "America/New_York", accepted: accepted)
        guard case .twins(_, let twins) = verdict else { Issue.record("\(verdict)"); return }
        #expect(twins.contains("America/Detroit"))
        #expect(!twins.contains("America/Bogota"))
        #expect(verdict.message?.hasPrefix("America/New_York is not accepted by Instantly; America/Detroit") == true)
        #expect(verdict.message?.contains("America/Detroit has the same offsets and DST rules") == true)
        #expect(verdict.replacement == "America/Detroit")
    }

    @Test func otherTwinsAreNamedWithTheRightVerb() {
        let one = TimezoneAdvisor.Verdict.twins(requested: "A/X", twins: ["A/Y", "B/Z"])
        #expect(one.message == "A/X is not accepted by Instantly; A/Y has the same offsets and DST rules (as does B/Z)")
        let two = TimezoneAdvisor.Verdict.twins(requested: "A/X", twins: ["A/Y", "B/Z", "C/W"])
        #expect(two.message?.hasSuffix("(as do B/Z, C/W)") == true)
        let alone = TimezoneAdvisor.Verdict.twins(requested: "A/X", twins: ["A/Y"])
        #expect(alone.message == "A/X is not accepted by Instantly; A/Y has the same offsets and DST rules")
    }

    @Test func londonGetsAnAcceptedBritishZone() {
        let verdict = TimezoneAdvisor.verdict(for: "Europe/London", accepted: accepted)
        #expect(verdict.replacement == "Europe/Isle_of_Man")
    }

    @Test func twinsInTheSameRegionComeFirst() throws {
        let paris = try #require(TimezoneAdvisor.verdict(for: "Europe/Paris", accepted: accepted).replacement)
        #expect(paris.hasPrefix("Europe/"))
        #expect(TimezoneAdvisor.nearbyFirst(["Arctic/Longyearbyen", "Europe/Belgrade"], to: "Europe/Paris")
            == ["Europe/Belgrade", "Arctic/Longyearbyen"])
    }

    @Test func zonesWithoutDSTMatchOnOffsetAlone() {
        #expect(TimezoneAdvisor.verdict(for: "Asia/Calcutta", accepted: accepted).replacement == "Asia/Kolkata")
        #expect(TimezoneAdvisor.verdict(for: "Etc/GMT-12", accepted: accepted) == .accepted)
    }

    @Test func aZoneWithoutTwinSaysSoAndListsSameOffsetZones() {
        // Pacific time: the enum's Pacific entries no longer observe its DST rules.
        let verdict = TimezoneAdvisor.verdict(for: "America/Los_Angeles", accepted: accepted)
        guard case .noTwin = verdict else { Issue.record("\(verdict)"); return }
        #expect(verdict.message == "America/Los_Angeles is not accepted by Instantly, and no accepted timezone has the same offsets and DST rules")
        #expect(verdict.hint?.hasPrefix("no accepted zone is on its UTC offset today; the nearest: ") == true)
    }

    @Test func unknownNamesGetTheClosestAcceptedNames() {
        let verdict = TimezoneAdvisor.verdict(for: "America/Detriot", accepted: accepted)
        guard case .unknown(_, let closest) = verdict else { Issue.record("\(verdict)"); return }
        #expect(closest.first == "America/Detroit")
        #expect(verdict.message == "America/Detriot is not a known timezone")
    }

    @Test func schemaViolationGetsTheTwinAsItsHint() {
        let operation = InstantlyCatalog.campaignsCreate
        let call = APICall(body: ["name": "x", "campaign_schedule": ["schedules": [["timezone": "America/New_York"]]]])
        let violation = SchemaViolation(path: "campaign_schedule.schedules[0].timezone", kind: .notAllowed, message: "…")
        let hint = InstantlyBinding().hint(for: violation, in: call, for: operation)
        #expect(hint?.contains("America/Detroit has the same offsets and DST rules") == true)
        #expect(hint?.contains("use timezone America/Detroit") == true)
        let prefixed = SchemaViolation(path: "body.campaign_schedule.schedules[0].timezone", kind: .notAllowed, message: "…")
        #expect(InstantlyBinding().hint(for: prefixed, in: call, for: operation) == hint)
        let other = SchemaViolation(path: "name", kind: .type, message: "…")
        #expect(InstantlyBinding().hint(for: other, in: call, for: operation) == nil)
    }

    @Test func reviewRefusesAZoneOutsideTheEnum() {
        var call = APICall(body: ["campaign_schedule": ["schedules": [["timezone": "Europe/London", "days": ["1": true]]]]])
        #expect {
            try InstantlyBinding().review(&call, for: InstantlyCatalog.campaignsUpdate)
        } throws: { error in
            guard let error = error as? ScriptError, case .map(let map) = error.payload else { return false }
            return map["code"] == "invalid_argument" && error.message.contains("Europe/Isle_of_Man")
        }
    }
}
