import InstTransport
import Testing
@testable import InstSimulator

@Suite struct WebhookDeliveryTests {
    @Test func deliversEachEventOnceInOrderWithTheSubscriptionsHeaders() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("http://127.0.0.1:4011/hooks?x=1", headers: ["X-Inst-Secret": "s3cret"])
        try await simulator.sendOneDay()
        let report = await simulator.deliverWebhooks()
        let events = try await simulator.webhookEvents()
        #expect(events.count == 3)
        #expect(report == WebhookDeliveryReport(delivered: 3, failed: 0, disabled: []))
        let requests = target.requests
        #expect(requests.map { JSON(parsing: $0.body ?? []) } == events.map { $0["payload"] })
        for request in requests {
            #expect(request.service.rawValue == "http://127.0.0.1:4011" && request.path == "/hooks?x=1" && request.method == .post)
            #expect(request.headers["Content-Type"] == "application/json" && request.headers["X-Inst-Secret"] == "s3cret")
            #expect(request.headers["User-Agent"]?.contains("simulator") == true)
        }
        let recorded = try await simulator.webhookEvents()
        #expect(recorded.allSatisfy { $0["delivered"] == true && $0["success"] == true && $0["status_code"] == 200 })
        #expect(recorded.allSatisfy { $0["will_retry"] == false && $0["retry_count"] == 0 && $0["timestamp_next_retry"] == .null })
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport())
        #expect(target.requests.count == 3)
    }

    @Test func deliversAcrossWebhooksInTheOrderEventsHappened() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("http://127.0.0.1:4011/")
        _ = try await simulator.subscribe("http://127.0.0.1:4012/", to: "all_events")
        try await simulator.sendOneDay(leads: 2)
        let events = try await simulator.webhookEvents()
        #expect(await simulator.deliverWebhooks().delivered == events.count)
        #expect(Set(events.compactMap { $0["webhook_url"]?.stringValue }).count == 2)
        #expect(target.requests.map { $0.service.rawValue + $0.path } == events.compactMap { $0["webhook_url"]?.stringValue })
        #expect(target.requests.map { JSON(parsing: $0.body ?? []) } == events.map { $0["payload"] })
    }

    @Test func eventsOfADeletedWebhookStop() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        let hook = try await simulator.subscribe("http://127.0.0.1:4011/")
        try await simulator.sendOneDay(leads: 1)
        _ = try await simulator.call(.delete, "/api/v2/webhooks/\(hook)")
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport())
        let event = try #require(try await simulator.webhookEvents().first)
        #expect(target.requests.isEmpty && event["will_retry"] == false && event["delivered"] == false)
        #expect(event["error_message"]?.stringValue?.contains("deleted") == true)
    }

    @Test func refusesTargetsOffThisMachine() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("https://hooks.northwind.test/instantly")
        try await simulator.sendOneDay(leads: 1)
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 0, failed: 1))
        #expect(target.requests.isEmpty)
        let event = try #require(try await simulator.webhookEvents().first)
        #expect(event["error_message"]?.stringValue?.contains("only to loopback") == true)
        #expect(event["success"] == false && event["delivered"] == true && event["will_retry"] == true)
        #expect(event["timestamp_next_retry"]?.stringValue == simulator.now.adding(.seconds(30)).iso8601)
    }

    @Test func retriesWhenTheClockReachesThemThenDisablesTheWebhook() async throws {
        let target = FakeWebhookTarget(status: 500)
        let simulator = Simulator.delivering(to: target)
        let hook = try await simulator.subscribe("http://localhost:9/down")
        try await simulator.sendOneDay(leads: 2)
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 0, failed: 2))
        simulator.advance(by: .seconds(29))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport())
        simulator.advance(by: .seconds(1))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 0, failed: 2))
        simulator.advance(by: .seconds(5 * 60))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 0, failed: 2))
        var event = try #require(try await simulator.webhookEvents().first)
        #expect(event["retry_count"] == 2 && event["status_code"] == 500 && event["retry_successful"] == false)
        #expect(event["error_message"]?.stringValue?.contains("500") == true)
        simulator.advance(by: .seconds(30 * 60))
        // The first event's last retry disables the webhook, which stops the second one.
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 0, failed: 1, disabled: [hook]))
        #expect(target.requests.count == 7)
        let disabled = try await simulator.webhook(hook)
        #expect(disabled["status"] == -1 && disabled["timestamp_error"]?.stringValue == simulator.now.iso8601)
        event = try #require(try await simulator.webhookEvents().first)
        #expect(event["retry_count"] == 3 && event["will_retry"] == false && event["timestamp_next_retry"] == .null)
        #expect(try await simulator.webhookEvents().allSatisfy { $0["will_retry"] == false })
        simulator.advance(by: .seconds(86_400))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport())
    }

    @Test func aRetryThatSucceedsSaysSo() async throws {
        let target = FakeWebhookTarget(status: 503)
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("http://[::1]:4011/")
        try await simulator.sendOneDay(leads: 1)
        await simulator.deliverWebhooks()
        target.answer(with: 204)
        simulator.advance(by: .seconds(30))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 1, failed: 0))
        let event = try #require(try await simulator.webhookEvents().first)
        #expect(event["success"] == true && event["retry_successful"] == true && event["retry_count"] == 1 && event["will_retry"] == false)
        #expect(target.requests.map(\.service.rawValue) == ["http://[::1]:4011", "http://[::1]:4011"])
    }

    @Test func aDisabledWebhookRecordsNothingUntilResumed() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        let hook = try await simulator.subscribe("http://127.0.0.1:4011/")
        simulator.withState { $0.instantly.disableWebhook(hook) }
        let campaign = try await simulator.sendOneDay(leads: 2)
        #expect(try await simulator.webhookEvents().isEmpty)
        let resumed = try await simulator.call(.post, "/api/v2/webhooks/\(hook)/resume", json: [:])
        #expect(resumed.json["status"] == 1 && resumed.json["timestamp_error"] == .null)
        _ = try await simulator.call(.post, "/api/v2/campaigns/\(campaign)/activate", json: [:])
        simulator.advance(by: .seconds(3 * 86_400))
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 2, failed: 0))
        #expect(target.requests.count == 2)
    }

    @Test func aForkNeverDelivers() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("http://127.0.0.1:4011/")
        try await simulator.sendOneDay(leads: 2)
        let fork = simulator.fork()
        #expect(fork.configuration.webhookTransport == nil)
        #expect(await fork.deliverWebhooks() == WebhookDeliveryReport())
        #expect(target.requests.isEmpty)
        #expect(try await fork.webhookEvents().allSatisfy { $0["delivered"] == false })
        #expect(await simulator.deliverWebhooks().delivered == 2)
    }

    @Test func concurrentCallsDeliverEachEventOnce() async throws {
        let target = FakeWebhookTarget()
        let simulator = Simulator.delivering(to: target)
        _ = try await simulator.subscribe("http://127.0.0.1:4011/")
        try await simulator.sendOneDay(leads: 6)
        async let first = simulator.deliverWebhooks()
        async let second = simulator.deliverWebhooks()
        let reports = await [first, second]
        #expect(reports.map(\.delivered).reduce(0, +) == 6)
        let bodies = target.requests.compactMap(\.body)
        #expect(bodies.count == 6 && Set(bodies).count == 6)
    }

    @Test func withoutATransportEventsStayRecorded() async throws {
        let simulator = Simulator.world()
        _ = try await simulator.subscribe("http://127.0.0.1:4011/")
        try await simulator.sendOneDay(leads: 1)
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport())
        #expect(try await simulator.webhookEvents().map { $0["delivered"] } == [false])
    }

    @Test func theSummaryCountsSuccessesAndFailures() async throws {
        let simulator = Simulator.delivering(to: FakeWebhookTarget())
        _ = try await simulator.subscribe("http://127.0.0.1:4011/")
        _ = try await simulator.subscribe("http://10.0.0.8/")
        try await simulator.sendOneDay(leads: 2)
        #expect(await simulator.deliverWebhooks() == WebhookDeliveryReport(delivered: 2, failed: 2))
        let summary = try await simulator.call(.get, "/api/v2/webhook-events/summary").json
        #expect(summary["total_events"] == 4 && summary["successful_events"] == 2 && summary["failed_events"] == 2)
        let failed = try await simulator.items("/api/v2/webhook-events", [("success", "false")])
        #expect(failed.count == 2 && failed.allSatisfy { $0["webhook_url"] == "http://10.0.0.8/" })
    }

    @Test func eventsDoNotCarryTheSubscriptionsHeaders() async throws {
        let simulator = Simulator.world()
        _ = try await simulator.subscribe("http://127.0.0.1:4011/", headers: ["X-Inst-Secret": "s3cret"])
        try await simulator.sendOneDay(leads: 1)
        let raw = try await simulator.call(.get, "/api/v2/webhook-events")
        #expect(!raw.response.bodyText.contains("s3cret"))
    }
}
