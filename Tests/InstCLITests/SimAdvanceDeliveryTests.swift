@testable import InstCLI
@testable import InstLanguage
import InstRuntime
import InstSimulator
import InstTestSupport
import InstTransport
import Testing

/// `sim.advance` in a session against the embedded simulator delivers the webhook events due
/// through the simulator's webhook transport when live; a dry-run's scratch copy never does.
@Suite struct SimAdvanceDeliveryTests {
    /// A simulator whose webhook transport records deliveries, with one reply_received subscription.
    private static func subscribedSimulator(status: Int = 200) async throws -> (Simulator, RecordingTransport) {
        let hooks = RecordingTransport { _ in RecordingTransport.json("{}", status: status) }
        let simulator = Simulator(configuration: SimulatorConfiguration(webhookTransport: hooks))
        let body = #"{"target_hook_url":"http://127.0.0.1:4999/hook","event_type":"reply_received"}"#
        let answer = try await simulator.send(TransportRequest(
            service: .instantly, method: .post, pathTemplate: PathTemplate("/api/v2/webhooks"),
            headers: ["Authorization": "Bearer k", "Content-Type": "application/json", "User-Agent": "inst-tests/1.0"],
            body: Array(body.utf8), operationID: "", effect: .write))
        #expect(answer.status == 200, "\(answer.bodyText)")
        return (simulator, hooks)
    }

    /// Runs `sim.advance DURATION` on a thread of its own (the command waits for the deliveries).
    private static func advance(_ session: SimulatorSession, by duration: String) async throws -> Value {
        try await offThread {
            guard let advance = SimulatorModule(session: session).commands.first(where: { $0.name == "sim.advance" }) else {
                throw ScriptError.runtime("no sim.advance")
            }
            let file = SourceFile(name: "test.inst", text: "sim.advance")
            let context = CommandContext(span: SourceSpan(file: file, start: 0, end: 0), interpreter: Interpreter(configuration: .init()))
            return try advance.run(Arguments(parameters: advance.parameters, values: [.string(duration)]), context)
        }
    }

    @Test func liveAdvanceDeliversTheRepliesItProduced() async throws {
        let (simulator, hooks) = try await Self.subscribedSimulator()
        let session = SimulatorSession(simulator: simulator, journal: RunJournal(runID: "r", mode: .live))
        #expect(try await Self.advance(session, by: "2d") == .string("2026-11-04T14:00:00.000Z"))
        #expect(!hooks.requests.isEmpty)
        #expect(hooks.requests.allSatisfy { $0.service.rawValue == "http://127.0.0.1:4999" && $0.path == "/hook" })
    }

    @Test func aDryRunAdvanceDeliversNothingAndLeavesTheStateAlone() async throws {
        let (simulator, hooks) = try await Self.subscribedSimulator()
        let session = SimulatorSession(simulator: simulator, journal: RunJournal(runID: "r", mode: .dryRun))
        #expect(try await Self.advance(session, by: "2d") == .string("2026-11-04T14:00:00.000Z"))
        #expect(hooks.requests.isEmpty)
        #expect(simulator.now.iso8601 == "2026-11-02T14:00:00.000Z")
    }

    @Test func failedDeliveriesAndDisabledWebhooksAreWarnings() async throws {
        let (simulator, _) = try await Self.subscribedSimulator(status: 500)
        simulator.advance(by: .seconds(2 * 86_400))
        let first = try await offThread { try SimulatorModule.deliverWebhooks(of: simulator) }
        #expect(first.count == 1)
        #expect(first.first?.hasPrefix("sim.advance: ") == true && first.first?.contains("webhook deliveries failed") == true, "\(first)")
        var disabled: [String] = []
        for _ in 0..<6 where disabled.isEmpty {
            simulator.advance(by: .seconds(86_400))
            disabled = try await offThread { try SimulatorModule.deliverWebhooks(of: simulator) }.filter { $0.contains("disabled") }
        }
        #expect(disabled.count == 1)
        #expect(disabled.first?.contains("was disabled after failed deliveries; fix: instantly.webhooks.resume ") == true, "\(disabled)")
    }
}
