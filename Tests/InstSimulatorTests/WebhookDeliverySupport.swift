import InstTransport
import Synchronization
@testable import InstSimulator

/// A webhook receiver in memory: records every delivery and answers with the status it is set to.
final class FakeWebhookTarget: Transport {
    private let log = Mutex<[TransportRequest]>([])
    private let answer = Mutex(200)

    init(status: Int = 200) {
        answer.withLock { $0 = status }
    }

    /// The deliveries so far, in order.
    var requests: [TransportRequest] { log.withLock { $0 } }

    /// The status later deliveries get.
    func answer(with status: Int) {
        answer.withLock { $0 = status }
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        log.withLock { $0.append(request) }
        await Task.yield() // lets a concurrent delivery run in between
        return TransportResponse(status: answer.withLock { $0 })
    }
}

extension Simulator {
    /// A test simulator that delivers its webhooks to `target`.
    static func delivering(to target: FakeWebhookTarget) -> Simulator {
        Simulator(configuration: SimulatorConfiguration(rateLimits: .unlimited, elapsed: { .zero }, sleep: { _ in }, webhookTransport: target))
    }

    /// Subscribes `url` to `eventType`; the webhook's id.
    func subscribe(_ url: String, to eventType: String = "email_sent", headers: JSON = .null) async throws -> String {
        let hook = try await call(.post, "/api/v2/webhooks", json: ["target_hook_url": .string(url), "event_type": .string(eventType), "headers": headers])
        return hook.json["id"]?.stringValue ?? ""
    }

    /// A campaign of `leads` fresh leads that sends its first step alone (the demo's campaign paused),
    /// then is paused, so no later event is recorded: the webhook events of one day of sending. The
    /// campaign's id.
    @discardableResult
    func sendOneDay(leads: Int = 3) async throws -> String {
        try await quietDemo()
        let id = try await launch(WorldCampaign(), leads: worldLeads(leads))
        advance(by: .seconds(86_400))
        _ = try await call(.post, "/api/v2/campaigns/\(id)/pause", json: [:])
        return id
    }

    /// The recorded webhook events, oldest first.
    func webhookEvents() async throws -> [JSON] {
        try await items("/api/v2/webhook-events", [("limit", "100")]).reversed()
    }

    func webhook(_ id: String) async throws -> JSON {
        try await call(.get, "/api/v2/webhooks/\(id)").json
    }
}
