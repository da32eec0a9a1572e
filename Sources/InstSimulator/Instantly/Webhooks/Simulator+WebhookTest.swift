import InstTransport

extension Simulator {
    /// Completes `POST /api/v2/webhooks/{id}/test`: the route checked the request and the webhook; with a
    /// webhook transport, this delivers a test payload to the webhook's target and answers how it went
    /// (`success`, `message`, `status_code`, `response_time_ms`, `error`). Any other answer passes as is.
    /// The test records no webhook event.
    func completingWebhookTest(_ request: TransportRequest, answer: TransportResponse) async -> TransportResponse {
        guard answer.isSuccess, request.method == .post, let transport = configuration.webhookTransport,
            let id = Self.testedWebhookID(request.path),
            let delivery = withState({ $0.instantly.webhookTestDelivery(id) })
        else { return answer }
        let outcome = await delivery.attempt(through: transport)
        var body: JSONObject = ["success": .bool(outcome.isSuccess), "message": outcome.isSuccess ? "Webhook test successful" : "Webhook test failed"]
        switch outcome {
        case .answered(let status, let milliseconds):
            body["status_code"] = .int(status)
            body["response_time_ms"] = .int(milliseconds)
            if !outcome.isSuccess { body["error"] = .string("The target answered HTTP \(status)") }
        case .failed(let message, let milliseconds):
            body["response_time_ms"] = .int(milliseconds)
            body["error"] = .string(message)
        }
        return SimResponse.ok(.object(body)).transportResponse
    }

    /// `abc` for `/api/v2/webhooks/abc/test`; `nil` for any other path.
    private static func testedWebhookID(_ path: String) -> String? {
        let prefix = "/api/v2/webhooks/", suffix = "/test"
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else { return nil }
        let id = path.dropFirst(prefix.count).dropLast(suffix.count)
        return id.contains("/") ? nil : String(id)
    }
}

extension InstantlyWorkspace {
    /// A delivery of a sample event of the webhook's type (`email_sent` for `all_events`) to its target.
    func webhookTestDelivery(_ id: String) -> WebhookDelivery? {
        guard let hook = webhooks[id] else { return nil }
        let type = hook["event_type"]?.stringValue.flatMap { $0 == "all_events" ? nil : $0 } ?? "email_sent"
        let payload: JSONObject = [
            "timestamp": .string(now.iso8601), "event_type": .string(type), "workspace": .string(Self.organizationID),
            "campaign_id": .null, "campaign_name": "Webhook test", "lead_email": "test.lead@example.com", "is_test": true,
        ]
        return WebhookDelivery(
            eventID: "test", webhookID: id, url: hook["target_hook_url"]?.stringValue ?? "",
            extraHeaders: Self.deliveryHeaders(hook["headers"]), body: JSON.object(payload).serialized
        )
    }
}
