@testable import InstCLI
import Foundation
import InstSimulator
import InstTestSupport
import InstTransport
import Testing

/// `inst serve --register` without a server: which event types, what is created, updated or
/// resumed against the simulator and canned answers, and when a loopback target is refused.
@Suite struct ServeRegisterPieceTests {
    private static let target = "http://127.0.0.1:4020/"

    /// The simulator behind the demo token, and every request sent to it.
    private static func instantly() -> RecordingTransport {
        let simulator = MiddlewareTransport(Simulator(), middleware: [AuthorizationMiddleware { _ in Backend.demoToken }])
        return RecordingTransport { try await simulator.send($0) }
    }

    private static func registration(_ transport: any Transport, secret: String = "s3cret") -> WebhookRegistration {
        WebhookRegistration(transport: transport, target: target, scriptName: "hooks.inst", secret: secret)
    }

    /// The workspace's webhooks pointing at ``target``: event type → headers.
    private static func hooks(in transport: RecordingTransport) async throws -> [String: [String: String]] {
        let request = TransportRequest(
            service: .instantly, method: .get, pathTemplate: "/api/v2/webhooks", query: [QueryItem(name: "limit", value: "100")],
            headers: ["User-Agent": "Mozilla/5.0 (tests)"], operationID: "instantly.webhooks.list", effect: .read)
        let answer = try await transport.send(request)
        let page = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
        var hooks: [String: [String: String]] = [:]
        for hook in page["items"] as? [[String: Any]] ?? [] where hook["target_hook_url"] as? String == target {
            let type = hook["event_type"] as? String ?? ""
            #expect(hooks[type] == nil, "two webhooks for \(type)")
            hooks[type] = hook["headers"] as? [String: String] ?? [:]
        }
        return hooks
    }

    @Test func handlerNamesBecomeSubscriptionEventTypes() {
        #expect(EventNames.subscriptions(for: ["email_link_clicked", "link_clicked", "reply_received"])
                == ["email_link_clicked", "reply_received"])
        #expect(EventNames.subscriptions(for: ["link_clicked"]) == ["email_link_clicked"])
        #expect(EventNames.subscriptions(for: ["all_events", "lead_interested"]) == ["all_events", "lead_interested"])
    }

    @Test func createsOneWebhookPerEventTypeThenUpdatesInsteadOfDuplicating() async throws {
        let instantly = Self.instantly()
        let first = try await Self.registration(instantly).register(["reply_received", "email_link_clicked"])
        #expect(first.map(\.action) == [.created, .created])
        #expect(first.map(\.eventType) == ["reply_received", "email_link_clicked"])
        #expect(first.allSatisfy { $0.id != nil && !$0.planned })
        let ids = first.map(\.id)
        #expect(try await Self.hooks(in: instantly) == [
            "reply_received": ["X-Inst-Secret": "s3cret"], "email_link_clicked": ["X-Inst-Secret": "s3cret"],
        ])

        let again = try await Self.registration(instantly).register(["reply_received", "email_link_clicked"])
        #expect(again.map(\.action) == [.unchanged, .unchanged])
        #expect(again.map(\.id) == ids)

        let rotated = try await Self.registration(instantly, secret: "n3w").register(["reply_received", "email_link_clicked"])
        #expect(rotated.map(\.action) == [.updated, .updated])
        #expect(rotated.map(\.id) == ids)
        #expect(try await Self.hooks(in: instantly)["reply_received"] == ["X-Inst-Secret": "n3w"])
        let writes = instantly.requests.filter { $0.effect == .write }.map { "\($0.method) \($0.pathTemplate)" }
        #expect(writes == ["POST /api/v2/webhooks", "POST /api/v2/webhooks",
                           "PATCH /api/v2/webhooks/{id}", "PATCH /api/v2/webhooks/{id}"])
    }

    @Test func readsEveryPageKeepsOtherHeadersAndResumesADisabledWebhook() async throws {
        let pages = [
            #"{"items":[{"id":"w0","target_hook_url":"https://elsewhere.test/","event_type":"reply_received"}],"next_starting_after":"w0"}"#,
            #"{"items":[{"id":"w1","target_hook_url":"http://127.0.0.1:4020/","event_type":"reply_received","status":-1,"#
                + #""headers":{"x-inst-secret":"old","X-Other":"v"}}],"next_starting_after":null}"#,
        ]
        let instantly = RecordingTransport { request in
            guard request.method == .get else { return RecordingTransport.json(#"{"id":"w1"}"#) }
            return RecordingTransport.json(request.query.contains { $0.name == "starting_after" } ? pages[1] : pages[0])
        }
        let outcomes = try await Self.registration(instantly).register(["reply_received"])
        #expect(outcomes == [.init(action: .updated, id: "w1", eventType: "reply_received", planned: false, resumed: true)])
        let sent = instantly.requests
        #expect(sent.map { "\($0.method) \($0.target)" } == [
            "GET /api/v2/webhooks?limit=100", "GET /api/v2/webhooks?limit=100&starting_after=w0",
            "PATCH /api/v2/webhooks/w1", "POST /api/v2/webhooks/w1/resume",
        ])
        #expect(sent.allSatisfy { $0.headers["User-Agent"] != nil })
        #expect(sent[2].body.map { String(decoding: $0, as: UTF8.self) } == #"{"headers":{"X-Other":"v","X-Inst-Secret":"s3cret"}}"#)
        #expect(sent[3].body == Array("{}".utf8))
    }

    @Test func anErrorAnswerFailsTheRegistration() async throws {
        let instantly = RecordingTransport { _ in RecordingTransport.json(#"{"message":"Invalid API key"}"#, status: 401) }
        await #expect(throws: WebhookRegistration.Failure.self) { try await Self.registration(instantly).register(["reply_received"]) }
        do {
            _ = try await Self.registration(instantly).register(["reply_received"])
        } catch {
            #expect("\(error)".contains("answered 401: Invalid API key"))
        }
    }

    @Test func aLoopbackTargetIsRefusedOnlyWhenInstantlyIsElsewhere() {
        #expect(WebhookRegistration.refusal(publicURL: nil, instantlyBaseURL: nil) == nil)
        #expect(WebhookRegistration.refusal(publicURL: nil, instantlyBaseURL: "http://127.0.0.1:4010") == nil)
        #expect(WebhookRegistration.refusal(publicURL: "https://hooks.example.test/x", instantlyBaseURL: "https://api.instantly.ai") == nil)
        for target in [nil, "http://localhost:4020/", "http://[::1]:4020/"] {
            let refusal = WebhookRegistration.refusal(publicURL: target, instantlyBaseURL: "https://api.instantly.ai")
            #expect(refusal?.contains("--public-url https://") == true)
        }
        #expect(WebhookRegistration.refusal(publicURL: "ftp://x", instantlyBaseURL: nil)?.contains("http:// or https://") == true)
        #expect(WebhookRegistration.target(publicURL: nil, port: 4321) == "http://127.0.0.1:4321/")
    }
}
