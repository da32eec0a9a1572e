import APISchema
@testable import InstantlyKit
import InstLanguage
import Testing

@Suite("Law 12: status labels")
struct LawLabelsTests {
    let campaignsGet = InstantlyCatalog.campaignsGet
    let binding = InstantlyBinding()

    @Test func campaignCodesGetNamesBesideTheRawField() throws {
        let expected: [(Int, String)] = [
            (0, "draft"), (1, "active"), (2, "paused"), (3, "completed"), (4, "running_subsequences"),
            (-1, "accounts_unhealthy"), (-2, "bounce_protect"), (-99, "suspended"), (7, "unknown"),
        ]
        for (code, name) in expected {
            let shaped = binding.shape(["id": "c1", "status": .int(code), "name": "Q4"], for: campaignsGet)
            guard case .map(let map) = shaped else { Issue.record("not a map"); return }
            #expect(map["status_label"] == .string(name))
            #expect(map["status"] == .int(code))
            #expect(map.keys == ["id", "status", "status_label", "name"])
        }
    }

    @Test func floatCodesFromJSONAreLabelledStringsAreNot() {
        let shaped = StatusLabels.labelled(["status": 2.0], for: campaignsGet)
        #expect(shaped == ["status": 2.0, "status_label": "paused"])
        let text = StatusLabels.labelled(["status": "active"], for: campaignsGet)
        #expect(text == ["status": "active"])
    }

    @Test func listsAndPagesAreLabelledPerItemButNotDeeper() {
        let page: Value = [
            "items": [["status": 1, "payload": ["status": 2]], ["status": -1]],
            "next_starting_after": "x",
        ]
        let shaped = StatusLabels.labelled(page, for: InstantlyCatalog.leadsList)
        #expect(shaped == [
            "items": [["status": 1, "status_label": "active", "payload": ["status": 2]],
                      ["status": -1, "status_label": "bounced"]],
            "next_starting_after": "x",
        ])
        let list = StatusLabels.labelled([["campaign_status": 2]], for: InstantlyCatalog.campaignsAnalytics)
        #expect(list == [["campaign_status": 2, "campaign_status_label": "paused"]])
    }

    @Test func accountsGetStatusWarmupAndProviderLabels() {
        let shaped = StatusLabels.labelled(
            ["email": "a@x.test", "status": -1, "warmup_status": 1, "provider_code": 2], for: InstantlyCatalog.accountsList)
        #expect(shaped == [
            "email": "a@x.test", "status": -1, "status_label": "connection_error",
            "warmup_status": 1, "warmup_status_label": "active", "provider_code": 2, "provider_code_label": "google",
        ])
    }

    @Test func leadCodedFieldsFollowTheSpec() {
        let shaped = StatusLabels.labelled(
            ["status": 3, "lt_interest_status": -4, "verification_status": 11, "enrichment_status": -2],
            for: InstantlyCatalog.leadsGet)
        #expect(shaped == [
            "status": 3, "status_label": "completed", "lt_interest_status": -4, "lt_interest_status_label": "no_show",
            "verification_status": 11, "verification_status_label": "pending",
            "enrichment_status": -2, "enrichment_status_label": "error",
        ])
    }

    @Test func emailVerificationStringStatusIsLeftAlone() {
        let answer: Value = ["email": "a@x.test", "verification_status": "verified", "status": "success"]
        #expect(binding.shape(answer, for: InstantlyCatalog.emailVerificationCreate) == answer)
    }

    @Test func staleLabelIsReplacedNotDuplicated() {
        let shaped = StatusLabels.labelled(["status_label": "old", "status": 2], for: campaignsGet)
        guard case .map(let map) = shaped else { return }
        #expect(map.keys == ["status", "status_label"])
        #expect(map["status_label"] == "paused")
    }
}
