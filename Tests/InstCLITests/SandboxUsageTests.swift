import Foundation
@testable import InstCLI
import InstRuntime
import InstTestSupport
import InstTransport
import InstantlyKit
import Testing

private func request(_ operation: String, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil,
                     body: String? = nil, effect: RequestEffect = .write) -> TransportRequest {
    TransportRequest(service: .instantly, method: method, pathTemplate: template, path: path,
                     body: body.map { Array($0.utf8) }, operationID: operation, effect: effect)
}

/// What Instantly requests count for under the policy caps, and the day's usage read from an audit log.
@Suite struct SandboxUsageTests {
    @Test func leadLoadsAreCountedPerLead() {
        #expect(InstantlyUsage.leads(operation: "instantly.leads.create", body: Array(#"{"email":"a@b.test"}"#.utf8)) == 1)
        let bulk = #"{"campaign_id":"c1","leads":[{"email":"a@b.test"},{"email":"b@b.test"},{"email":"c@b.test"}]}"#
        #expect(InstantlyUsage.leads(operation: "instantly.leads.add", body: Array(bulk.utf8)) == 3)
        #expect(InstantlyUsage.leads(operation: "instantly.leads.update", body: nil) == 0)
        #expect(InstantlyUsage.emails(operation: "instantly.emails.reply") == 1)
        #expect(InstantlyUsage.emails(operation: "instantly.emails.list") == 0)
    }

    @Test func theCampaignsAWriteTouchesComeFromItsPathAndBody() {
        #expect(InstantlyUsage.campaigns(pathTemplate: "/api/v2/campaigns/{id}/pause", path: "/api/v2/campaigns/c9/pause", body: nil) == ["c9"])
        #expect(InstantlyUsage.campaigns(pathTemplate: "/api/v2/leads", path: "/api/v2/leads", body: Array(#"{"campaign":"c1","email":"x"}"#.utf8)) == ["c1"])
        #expect(InstantlyUsage.campaigns(pathTemplate: "/api/v2/leads/move", path: "/api/v2/leads/move",
                                         body: Array(#"{"campaign":"c1","to_campaign_id":"c2"}"#.utf8)) == ["c1", "c2"])
        #expect(InstantlyUsage.campaigns(pathTemplate: "/api/v2/accounts/{email}", path: "/api/v2/accounts/a@b", body: Array("not json".utf8)) == [])
    }

    @Test func theBackendClassifiesRequestsForTheCapsAndTheAuditLog() {
        let create = request("instantly.leads.create", .post, "/api/v2/leads", body: #"{"campaign":"c1","email":"a@b.test"}"#)
        #expect(Backend.usage(of: create) == RequestUsage(leads: 1, campaigns: ["c1"]))
        #expect(Backend.auditUnits(create) == 1)
        let get = request("instantly.campaigns.get", .get, "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/c1", effect: .read)
        #expect(Backend.usage(of: get) == RequestUsage())
        #expect(Backend.auditUnits(get) == nil)
    }

    @Test func theDayIsReadFromTheAuditLog() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        #expect(try Backend.Layers.pastDay(auditPath: path, now: Date()) == DailyUsage())
        let log = try AuditLog(path: path)
        let now = Date()
        let time = CivilDate.iso8601(millisecondsSince1970: Int64(now.timeIntervalSince1970 * 1000) - 3_600_000)
        for (operation, units) in [("instantly.leads.add", 25), ("instantly.leads.create", 1), ("instantly.emails.reply", 1)] {
            try log.append(AuditRecord(
                sequence: 0, time: time, runID: "r", mode: .live, operation: operation, method: "POST", pathTemplate: "/x",
                effect: "write", requestDigest: "d", dryRun: false, status: 200, outcome: .sent, units: units))
        }
        #expect(try Backend.Layers.pastDay(auditPath: path, now: now) == DailyUsage(leads: 26, emails: 1))
        #expect(try Backend.Layers.pastDay(auditPath: path, now: now.addingTimeInterval(24 * 3600)) == DailyUsage())
    }
}
