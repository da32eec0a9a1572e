extension Simulator {
    /// Delivers every webhook event due at the current virtual time (new events and retries due), one at a
    /// time in the order they happened, and records each attempt. Safe to call concurrently (no event is
    /// delivered twice). Without a ``SimulatorConfiguration/webhookTransport`` it does nothing.
    ///
    /// Each attempt is a POST through the webhook transport whose `service` is the target's origin
    /// (`http://127.0.0.1:4011`) and whose `path` is the URL's path and query, with `Content-Type:
    /// application/json`, a `User-Agent` naming the simulator and the subscription's `headers`; the body
    /// is the event's payload. A target that is not loopback (127.0.0.1, ::1, localhost) is never sent to:
    /// the attempt fails. Failed attempts are retried at the virtual times the events record.
    @discardableResult
    public func deliverWebhooks() async -> WebhookDeliveryReport {
        guard let transport = configuration.webhookTransport else { return WebhookDeliveryReport() }
        let batch = withState { state in
            webhookEventsInFlight.withLock { claimed in
                let due = state.instantly.dueWebhookDeliveries(excluding: claimed)
                claimed.formUnion(due.lazy.map(\.eventID))
                return due
            }
        }
        defer { webhookEventsInFlight.withLock { $0.subtract(batch.lazy.map(\.eventID)) } }
        var report = WebhookDeliveryReport()
        for delivery in batch {
            // A webhook this batch disabled (or one deleted meanwhile) gets nothing more.
            guard !Task.isCancelled, withState({ $0.instantly.isWebhookActive(delivery.webhookID) }) else { continue }
            let outcome = await delivery.attempt(through: transport)
            let disabled = withState { $0.instantly.recordWebhookAttempt(delivery, outcome) }
            if outcome.isSuccess { report.delivered += 1 } else { report.failed += 1 }
            if let disabled { report.disabled.append(disabled) }
        }
        return report
    }
}
