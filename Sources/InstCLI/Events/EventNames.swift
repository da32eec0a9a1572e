/// Which `on …` handler receives a delivery. Instantly names some events differently in the
/// subscription (`event_type` of `POST /webhooks`) and in the payload it delivers, so a handler
/// written with either name receives both.
enum EventNames {
    /// Payload name ↔ subscription name.
    static let aliases: [String: String] = [
        "link_clicked": "email_link_clicked",
        "email_link_clicked": "link_clicked",
    ]

    /// A handler that receives every event no other handler takes.
    static let catchAll = "all_events"

    /// The handler name to run for `event`, among `handled`: the event's own, else its alias,
    /// else `all_events`; `nil` when none is declared.
    static func handler(for event: String, among handled: Set<String>) -> String? {
        if handled.contains(event) { return event }
        if let alias = aliases[event], handled.contains(alias) { return alias }
        return handled.contains(catchAll) ? catchAll : nil
    }

    /// The payload names whose subscription (`event_type` of `POST /webhooks`) is named otherwise.
    static let subscriptionNames: [String: String] = ["link_clicked": "email_link_clicked"]

    /// The event types to subscribe to for `handlers`, in order, without repeats: `link_clicked`
    /// becomes `email_link_clicked`; every other name (`all_events` too) stays.
    static func subscriptions(for handlers: [String]) -> [String] {
        var seen: Set<String> = []
        return handlers.map { subscriptionNames[$0] ?? $0 }.filter { seen.insert($0).inserted }
    }
}
