import InstTransport
import Testing
@testable import InstSimulator

/// `POST /webhooks/{id}/test` delivers a sample payload when the simulator has a webhook transport.
@Suite struct WebhookDeliveryTestRouteTests {
    @Test func deliversASamplePayloadAndAnswersHowItWent() async throws {
        let target = FakeWebhookTarget(status: 202)
        let simulator = Simulator.delivering(to: target)
        let hook = try await simulator.subscribe("http://127.0.0.1:4011/in", to: "reply_received", headers: ["X-Inst-Secret": "s3cret"])
        let answer = try await simulator.call(.post, "/api/v2/webhooks/\(hook)/test", json: [:])
        #expect(answer.status == 200 && answer.json["success"] == true && answer.json["status_code"] == 202)
        #expect(answer.json["response_time_ms"]?.intValue != nil)
        let request = try #require(target.requests.first)
        #expect(request.service.rawValue == "http://127.0.0.1:4011" && request.path == "/in" && request.headers["X-Inst-Secret"] == "s3cret")
        let payload = JSON(parsing: request.body ?? [])
        #expect(payload?["event_type"] == "reply_received" && payload?["is_test"] == true)
        #expect(try await simulator.webhookEvents().isEmpty)
    }

    @Test func reportsAFailingOrRefusedTarget() async throws {
        let target = FakeWebhookTarget(status: 500)
        let simulator = Simulator.delivering(to: target)
        let failing = try await simulator.subscribe("http://localhost:9/")
        let answer = try await simulator.call(.post, "/api/v2/webhooks/\(failing)/test", json: [:])
        #expect(answer.json["success"] == false && answer.json["status_code"] == 500 && answer.json["error"]?.stringValue?.contains("500") == true)
        let remote = try await simulator.subscribe("https://hooks.northwind.test/x")
        let refused = try await simulator.call(.post, "/api/v2/webhooks/\(remote)/test", json: [:])
        #expect(refused.json["success"] == false && refused.json["error"]?.stringValue?.contains("only to loopback") == true)
        #expect(target.requests.count == 1)
        let missing = try await simulator.call(.post, "/api/v2/webhooks/019a0000-0000-4000-8000-000000000000/test", json: [:])
        #expect(missing.status == 404)
    }

    @Test func withoutATransportItSaysNothingWasDelivered() async throws {
        let simulator = Simulator.world()
        let hook = try await simulator.subscribe("http://127.0.0.1:4011/")
        let answer = try await simulator.call(.post, "/api/v2/webhooks/\(hook)/test", json: [:])
        #expect(answer.json["success"] == false && answer.json["error"] == "not delivered")
    }
}
