/// What one ``Simulator/deliverWebhooks()`` call did.
public struct WebhookDeliveryReport: Sendable, Equatable {
    /// Attempts the target answered with a 2xx status.
    public var delivered: Int
    /// Attempts that failed: a non-2xx answer, a refused (non-loopback) target or a transport error.
    public var failed: Int
    /// The ids of the webhooks this call disabled (an event exhausted its retries), in order.
    public var disabled: [String]

    public init(delivered: Int = 0, failed: Int = 0, disabled: [String] = []) {
        self.delivered = delivered
        self.failed = failed
        self.disabled = disabled
    }
}
