import InstTransport

/// Delivery bookkeeping on the recorded webhook events.
///
/// An event is *pending* while `will_retry` is true: a new one (`delivered: false`) is due at once, a
/// failed one at its `timestamp_next_retry`. After a failed attempt the next is due
/// ``webhookRetryDelays`` later in virtual time (+30 s, +5 min, +30 min: four attempts in all); an
/// event that fails its last retry disables its webhook (`status: -1`, `timestamp_error`), which stops
/// the webhook's other pending events and records no new ones until `POST /webhooks/{id}/resume`.
extension InstantlyWorkspace {
    /// The wait before each retry: the first retry comes 30 s after the first attempt, and so on.
    static let webhookRetryDelays: [Duration] = [.seconds(30), .seconds(5 * 60), .seconds(30 * 60)]

    /// The pending events due now, in the order they happened, leaving out `claimed` ones (in flight
    /// elsewhere). Events of a deleted or disabled webhook stop instead.
    mutating func dueWebhookDeliveries(excluding claimed: Set<String>) -> [WebhookDelivery] {
        var due: [WebhookDelivery] = []
        for id in webhookEvents.ids where !claimed.contains(id) {
            guard let event = webhookEvents[id], event["will_retry"]?.boolValue == true else { continue }
            if let next = event["timestamp_next_retry"]?.stringValue.flatMap(SimTime.init(iso8601:)), next > now { continue }
            let webhookID = event["webhook_id"]?.stringValue ?? ""
            guard let hook = webhooks[webhookID], hook["status"]?.intValue != -1 else {
                stopWebhookEvent(id, because: "The webhook was deleted or disabled before delivery")
                continue
            }
            due.append(WebhookDelivery(
                eventID: id, webhookID: webhookID, url: hook["target_hook_url"]?.stringValue ?? "",
                extraHeaders: Self.deliveryHeaders(hook["headers"]), body: (event["payload"] ?? .object(JSONObject())).serialized
            ))
        }
        return due
    }

    /// Whether `id` names a webhook that still takes deliveries.
    func isWebhookActive(_ id: String) -> Bool {
        webhooks[id].map { $0["status"]?.intValue != -1 } ?? false
    }

    /// Records an attempt on its event at the current virtual time and schedules the next one; returns
    /// the webhook's id if this attempt exhausted the retries and disabled it.
    mutating func recordWebhookAttempt(_ delivery: WebhookDelivery, _ outcome: WebhookDelivery.Outcome) -> String? {
        guard var event = webhookEvents[delivery.eventID] else { return nil }
        let isRetry = event["delivered"]?.boolValue == true
        let retries = isRetry ? (event["retry_count"]?.intValue ?? 0) + 1 : 0
        event["delivered"] = true
        event["retry_count"] = .int(retries)
        event["success"] = .bool(outcome.isSuccess)
        if isRetry { event["retry_successful"] = .bool(outcome.isSuccess) }
        switch outcome {
        case .answered(let status, let milliseconds):
            event["status_code"] = .int(status)
            event["response_time_ms"] = .int(milliseconds)
            event["error_message"] = outcome.isSuccess ? .null : .string("The target answered HTTP \(status)")
        case .failed(let message, let milliseconds):
            event["status_code"] = .null
            event["response_time_ms"] = .int(milliseconds)
            event["error_message"] = .string(message)
        }
        let retryLeft = !outcome.isSuccess && retries < Self.webhookRetryDelays.count
        event["will_retry"] = .bool(retryLeft)
        event["timestamp_next_retry"] = retryLeft ? .string(now.adding(Self.webhookRetryDelays[retries]).iso8601) : .null
        if !outcome.isSuccess, event["retry_group_id"]?.stringValue == nil { event["retry_group_id"] = .string(newID()) }
        webhookEvents[delivery.eventID] = event
        guard !outcome.isSuccess, !retryLeft, isWebhookActive(delivery.webhookID) else { return nil }
        disableWebhook(delivery.webhookID)
        return delivery.webhookID
    }

    /// Disables a webhook whose deliveries keep failing, as Instantly does, and stops its pending events.
    mutating func disableWebhook(_ id: String) {
        guard var hook = webhooks[id] else { return }
        hook["status"] = -1
        hook["timestamp_error"] = .string(now.iso8601)
        webhooks[id] = hook
        for eventID in webhookEvents.ids where webhookEvents[eventID]?["webhook_id"]?.stringValue == id {
            stopWebhookEvent(eventID, because: "The webhook was disabled after repeated delivery failures")
        }
    }

    /// Ends a pending event's attempts; one never attempted says why.
    private mutating func stopWebhookEvent(_ id: String, because reason: String) {
        guard var event = webhookEvents[id], event["will_retry"]?.boolValue == true else { return }
        event["will_retry"] = false
        event["timestamp_next_retry"] = .null
        if event["delivered"]?.boolValue != true { event["error_message"] = .string(reason) }
        webhookEvents[id] = event
    }

    /// A subscription's `headers` object as header fields (a value that is not a string is sent as its JSON).
    static func deliveryHeaders(_ headers: JSON?) -> HeaderFields {
        var fields = HeaderFields()
        for (name, value) in headers?.objectValue ?? JSONObject() {
            fields.append(value.stringValue ?? String(decoding: value.serialized, as: UTF8.self), for: name)
        }
        return fields
    }
}
