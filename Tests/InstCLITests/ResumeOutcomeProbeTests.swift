import InstLanguage
import InstRuntime
import InstSimulator
import InstTransport
import InstantlyKit
import Testing
@testable import InstCLI

/// The Instantly read-backs against the embedded simulator: each check tells a write that landed
/// from one that did not, and says when it cannot tell.
@Suite struct ResumeOutcomeProbeTests {
    let service: any Transport = MiddlewareTransport(
        Simulator(), middleware: [AuthorizationMiddleware { _ in Secret("inst-demo-workspace") }])

    static func request(_ operation: String, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil, body: String?) -> TransportRequest {
        var headers = InstantlyLaws.headers
        if body != nil { headers.append("application/json", for: "Content-Type") }
        return TransportRequest(
            service: .instantly, method: method, pathTemplate: template, path: path, headers: headers,
            body: body.map { Array($0.utf8) }, operationID: operation, effect: .write)
    }

    func verdict(_ write: TransportRequest) async -> OutcomeVerdict {
        let service = service
        return await InstantlyOutcomeProbe().check(write) { try await service.send($0) }
    }

    func campaignID(named name: String) async throws -> String {
        var read = TransportRequest(service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns", operationID: "instantly.campaigns.list", effect: .read)
        read.query = [QueryItem(name: "search", value: name)]
        read.headers = InstantlyLaws.headers
        let answer = try JSONParser.parse(try await service.send(read).body)
        guard case .map(let page) = answer, case .list(let items)? = page["items"], case .map(let first)? = items.first,
              case .string(let id)? = first["id"] else { throw ProbeTestFailure() }
        return id
    }

    struct ProbeTestFailure: Error {}

    func landedBody(_ verdict: OutcomeVerdict) -> String? {
        if case .landed(let response) = verdict { return response.bodyText }
        return nil
    }

    @Test func leadCreateIsFoundByEmailInItsCampaign() async throws {
        let campaign = try await campaignID(named: "Q4 Executive Peer")
        let write = Self.request("instantly.leads.create", .post, "/api/v2/leads",
                                 body: #"{"campaign":"\#(campaign)","email":"New.Person@example.com"}"#)
        #expect(await verdict(write) == .notLanded)
        #expect(try await service.send(write).status == 200)
        let found = try #require(landedBody(await verdict(write)))
        #expect(found.contains(#""email":"New.Person@example.com""#))
    }

    @Test func verificationIsFoundByEmailOrIsAbsent() async throws {
        let write = Self.request("instantly.email_verification.create", .post, "/api/v2/email-verification",
                                 body: #"{"email":"probe@northwind.test"}"#)
        #expect(await verdict(write) == .notLanded)
        #expect(try await service.send(write).status == 200)
        #expect(landedBody(await verdict(write))?.contains(#""email":"probe@northwind.test""#) == true)
    }

    @Test func campaignCreateIsFoundByExactName() async throws {
        let body = #"{"name":"Probe Campaign","campaign_schedule":{"schedules":[{"name":"W","timing":{"from":"09:00","to":"17:00"},"days":{"1":true},"timezone":"America/Chicago"}]}}"#
        let write = Self.request("instantly.campaigns.create", .post, "/api/v2/campaigns", body: body)
        #expect(await verdict(write) == .notLanded)
        #expect(try await service.send(write).status == 200)
        #expect(landedBody(await verdict(write))?.contains(#""name":"Probe Campaign""#) == true)
    }

    @Test func pauseIsReadBackFromTheCampaignStatus() async throws {
        let campaign = try await campaignID(named: "Q4 Partnerships")   // active in the demo workspace
        let pause = Self.request("instantly.campaigns.pause", .post, "/api/v2/campaigns/{id}/pause",
                                 path: "/api/v2/campaigns/\(campaign)/pause", body: "{}")
        #expect(await verdict(pause) == .notLanded)
        #expect(try await service.send(pause).status == 200)
        #expect(landedBody(await verdict(pause))?.contains(#""status":2"#) == true)
    }

    @Test func writesWithoutAReadBackCannotBeChecked() async throws {
        let delete = Self.request("instantly.leads.delete", .delete, "/api/v2/leads/{id}", path: "/api/v2/leads/x", body: nil)
        guard case .cannotCheck(let why) = await verdict(delete) else {
            Issue.record("expected cannotCheck")
            return
        }
        #expect(why.contains("instantly.leads.delete"))
        let missingCampaign = Self.request("instantly.campaigns.pause", .post, "/api/v2/campaigns/{id}/pause",
                                           path: "/api/v2/campaigns/00000000-0000-4000-8000-000000000000/pause", body: "{}")
        guard case .cannotCheck(let reason) = await verdict(missingCampaign) else {
            Issue.record("expected cannotCheck for a campaign that is not there")
            return
        }
        #expect(reason.contains("HTTP 404"))
    }
}
