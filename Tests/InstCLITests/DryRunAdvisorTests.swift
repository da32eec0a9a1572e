@testable import InstCLI
import InstLanguage
import InstRuntime
import InstSimulator
import InstTestSupport
import InstTransport
import InstantlyKit
import Testing

/// The Instantly advisor in the planning layer: against the embedded simulator planned writes
/// land on its scratch state; against a live service (here a simulator standing in for one)
/// they are answered by the advisor and never reach it.
@Suite(.timeLimit(.minutes(1))) struct DryRunAdvisorTests {
    static func request(
        _ operation: String, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil, body: Value? = nil,
        effect: RequestEffect
    ) -> TransportRequest {
        var headers = InstantlyLaws.headers
        if body != nil { headers.append("application/json", for: "Content-Type") }
        return TransportRequest(
            service: .instantly, method: method, pathTemplate: template, path: path, headers: headers,
            body: body.flatMap { try? JSONPrinter.bytes($0) }, operationID: operation, effect: effect)
    }

    static let listCampaigns = request("instantly.campaigns.list", .get, "/api/v2/campaigns", effect: .read)

    static func createLead(campaign: String) -> TransportRequest {
        request("instantly.leads.create", .post, "/api/v2/leads",
                body: ["campaign": .string(campaign), "email": "new.lead@plan.test"], effect: .write)
    }

    static func getCampaign(_ id: String) -> TransportRequest {
        request("instantly.campaigns.get", .get, "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/\(id)", effect: .read)
    }

    static func fields(_ response: TransportResponse) throws -> ValueMap {
        guard response.isSuccess, case .map(let fields) = try JSONParser.parse(response.body) else {
            throw Unexpected(answer: "\(response.status) \(response.bodyText)")
        }
        return fields
    }

    static func firstCampaignID(_ response: TransportResponse) throws -> String {
        guard case .list(let items)? = try fields(response)["items"], case .map(let first)? = items.first,
              case .string(let id)? = first["id"] else { throw Unexpected() }
        return id
    }

    struct Unexpected: Error {
        var answer = ""
    }

    @Test func againstTheSimulatorPlannedWritesLandOnItsScratchState() async throws {
        let folder = try TemporaryDirectory()
        let backend = try Backend.make(
            options: RunOptions.parse(["--sim"]), environment: ["HOME": folder.path, "XDG_STATE_HOME": folder.path], say: { _ in })
        let campaign = try Self.firstCampaignID(try await backend.transport.send(Self.listCampaigns))
        let created = try Self.fields(try await backend.transport.send(Self.createLead(campaign: campaign)))
        #expect(created["dry_run"] == true)
        guard case .string(let id)? = created["id"] else { throw Unexpected() }
        #expect(!InstantlyPlanState.isPlaceholder(id))
        #expect(backend.plan.entries.map(\.operation) == ["instantly.leads.create"])
        #expect(backend.plan.entries.first?.scope == "leads:create")
        #expect(backend.plan.notes.first?.hasPrefix("law 7: 1 lead loaded into campaign") == true)
    }

    @Test func againstALiveServiceTheAdvisorAnswersAndNothingIsSent() async throws {
        let service = Simulator()
        let authorized = MiddlewareTransport(service, middleware: [AuthorizationMiddleware { _ in Backend.demoToken }])
        let journal = RunJournal(runID: "r", mode: .dryRun)
        let recorder = PlanRecorder()
        recorder.consult(InstantlyPlanAdvisor(), for: .instantly)
        let transport = MiddlewareTransport(
            authorized, middleware: [DryRunMiddleware(journal: journal, recorder: recorder, forwardsPlanned: false)])

        let campaign = try Self.firstCampaignID(try await transport.send(Self.listCampaigns))
        let created = try Self.fields(try await transport.send(Self.createLead(campaign: campaign)))
        guard case .string(let id)? = created["id"] else { throw Unexpected() }
        #expect(InstantlyPlanState.isPlaceholder(id))
        #expect(created["email"] == "new.lead@plan.test")
        #expect(created["dry_run"] == true)

        // The made-up lead is read from the plan; the service never heard of it.
        let lead = Self.request("instantly.leads.get", .get, "/api/v2/leads/{id}", path: "/api/v2/leads/\(id)", effect: .read)
        #expect(try Self.fields(try await transport.send(lead))["email"] == "new.lead@plan.test")
        let search = Self.request("instantly.leads.list", .post, "/api/v2/leads/list",
                             body: ["search": "new.lead@plan.test"], effect: .read)
        guard case .list(let found)? = try Self.fields(try await authorized.send(search))["items"] else { throw Unexpected() }
        #expect(found.isEmpty)

        // The campaign re-read goes to the service, and law 7 says so.
        _ = try await transport.send(Self.getCampaign(campaign))
        let note = try #require(recorder.notes.first)
        #expect(note.contains("the script re-read it afterwards"))
    }
}
