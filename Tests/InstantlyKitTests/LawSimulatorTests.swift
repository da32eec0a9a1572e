import APISchema
import Foundation
@testable import InstantlyKit
import InstLanguage
import InstSimulator
import InstTestSupport
import InstTransport
import Testing

/// The laws through the public commands (`InstantlyModule`) against the embedded simulator.
final class SimulatorHarness: @unchecked Sendable {
    let simulator = Simulator()
    let slept = SleepLog()
    let interpreter: Interpreter
    private let log = OutputLog()

    init(key: String = "sim-test-key") {
        var configuration = Interpreter.Configuration()
        let log = log
        configuration.output = { event in
            if case .warn(let line) = event { log.warnings.append(line) }
        }
        interpreter = Interpreter(configuration: configuration)
        let authorized = MiddlewareTransport(simulator, middleware: [AuthorizationMiddleware(tokens: [.instantly: Secret(key)])])
        let slept = slept
        interpreter.register(InstantlyModule(client: APIClient(transport: authorized), options: .init(sleep: { slept.record($0) })))
    }

    var warnings: [String] { log.warnings }

    @discardableResult
    func run(_ text: String) async throws -> Value {
        try await offThread { try self.interpreter.evaluate(SourceFile(name: "law.inst", text: text)) }
    }

    /// The payload `catch err` binds for a script that fails.
    func caught(_ text: String) async -> Value? {
        do {
            try await run(text)
            return nil
        } catch {
            return (error as? ScriptError)?.payload
        }
    }
}

@Suite("The laws against the simulator")
struct LawSimulatorTests {
    static let schedule = #"{schedules: [{name: "weekdays", timing: {from: "09:00", to: "17:00"}, days: {"1": true, "2": true}, timezone: TZ}]}"#

    @Test func law1BrowserUserAgentPassesAndA1010IsNamed() async throws {
        let sim = SimulatorHarness()
        #expect(try await sim.run("instantly.campaigns.list | count") == 3)
        let bare = TransportRequest(service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns",
                                    headers: ["Authorization": "Bearer k"], operationID: "x", effect: .read)
        let answer = try await sim.simulator.send(bare)
        let error = InstantlyResponse.result(of: answer, for: InstantlyCatalog.campaignsList)
        guard case .failure(let failure) = error else { Issue.record("expected a 1010"); return }
        #expect(failure.code == "cloudflare_1010")
    }

    @Test func law2MissingKeyIsExplained() async {
        let sim = SimulatorHarness(key: "")
        let error = await sim.caught("instantly.campaigns.list | count")
        #expect(error?[field: "status"] == 401)
        #expect(error?[field: "hint"].map { "\($0)".contains("INSTANTLY_API_KEY") } == true)
    }

    @Test func law3NewYorkIsRefusedWithDetroitSuggested() async throws {
        let sim = SimulatorHarness()
        let schedule = Self.schedule.replacingOccurrences(of: "TZ", with: "America/New_York")
        let error = await sim.caught("instantly.campaigns.create name=x campaign_schedule=\(schedule)")
        #expect(error?[field: "code"] == "invalid_argument")
        #expect(error?[field: "hint"].map { "\($0)".contains("America/Detroit") } == true)
        #expect(try await sim.run("instantly.timezone America/New_York") == "America/Detroit")
        let accepted = Self.schedule.replacingOccurrences(of: "TZ", with: "America/Detroit")
        let created = try await sim.run("instantly.campaigns.create name=x campaign_schedule=\(accepted)")
        #expect(created[field: "status_label"] == "draft")
    }

    @Test func laws4And5BodiesAreFormattedAndRawOnesWarn() async throws {
        let sim = SimulatorHarness()
        let body = try await sim.run(#"instantly.body "Hi,\n\nBook [a call](https://x.test)." "#)
        #expect(body == #"<div>Hi,</div><div><br></div><div>Book <a href="https://x.test">a call</a>.</div>"#)
        let schedule = Self.schedule.replacingOccurrences(of: "TZ", with: "America/Detroit")
        try await sim.run(#"instantly.campaigns.create name=y campaign_schedule=\#(schedule) sequences=[{steps: [{type: email, delay: 2, variants: [{subject: s, body: "Hi\nhttps://x.test"}]}]}]"#)
        #expect(sim.warnings.contains { $0.contains("literal newline") })
        #expect(sim.warnings.contains { $0.contains("bare URL https://x.test") })
    }

    @Test func law6PauseSendsAnEmptyObjectAndLaw12LabelsTheResult() async throws {
        let sim = SimulatorHarness()
        let status = try await sim.run("""
            let c = (instantly.campaigns.list search="Q4 Partnerships" | first)
            instantly.campaigns.pause $c.id
            (instantly.campaigns.get $c.id).status_label
            """)
        #expect(status == "paused")
        let labels = try await sim.run("instantly.campaigns.list | map { $it.status_label }")
        guard case .list(let names) = labels else { Issue.record("\(labels)"); return }
        #expect(names.compactMap { if case .string(let name) = $0 { name } else { nil } }.sorted() == ["completed", "completed", "paused"])
    }

    @Test func law7And8LoadingLeadsFlipsACompletedCampaignAndDeletesAreBodyless() async throws {
        let sim = SimulatorHarness()
        let result = try await sim.run("""
            let c = (instantly.campaigns.list search="Q4 Executive Peer" | first)
            let lead = (instantly.leads.create campaign=$c.id email="new@northwind.test")
            let after = (instantly.campaigns.get $c.id).status_label
            instantly.leads.delete $lead.id
            $after
            """)
        #expect(result == "active")
    }

    @Test func laws9And10LeadsListStreamsEveryPageAndAnalyticsCountsThem() async throws {
        let sim = SimulatorHarness()
        let counts = try await sim.run("""
            let c = (instantly.campaigns.list search="Q4 Partnerships" | first)
            let listed = (instantly.leads.list campaign=$c.id | count)
            let a = (instantly.campaigns.analytics id=$c.id | first)
            [$listed, $a.leads_count]
            """)
        guard case .list(let pair) = counts, pair.count == 2 else { Issue.record("\(counts)"); return }
        #expect(pair[0] == pair[1])
        #expect(pair[0] == 40)
    }

    @Test func law11VerifyPollsWhilePending() async throws {
        let sim = SimulatorHarness()
        let slow = try await sim.run("instantly.verify ann@slow.test")
        #expect(slow[field: "verification_status"] == "verified")
        #expect(sim.slept.waits == [.seconds(1), .seconds(2), .seconds(4)])  // pending for two polls, then verified
        let invalid = try await sim.run("instantly.verify bob@invalid.test")
        #expect(invalid[field: "verification_status"] == "invalid")
    }
}
