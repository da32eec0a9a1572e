import Foundation
import Synchronization

/// The deliveries accepted but not yet handled, in arrival order, and the identities of every
/// delivery accepted so far (in memory: a restarted `inst serve` forgets them). The receiver
/// adds; the one interpreter thread takes.
final class DeliveryInbox: Sendable {
    private struct State {
        var queue: [WebhookDelivery] = []
        var seen: Set<String> = []
        var isClosed = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    /// Queues `delivery` unless one with the same identity came before; returns whether it did.
    func add(_ delivery: WebhookDelivery) -> Bool {
        let added = state.withLock { state in
            guard !state.isClosed, state.seen.insert(delivery.identity).inserted else { return false }
            state.queue.append(delivery)
            return true
        }
        if added { available.signal() }
        return added
    }

    /// The next delivery, waiting for one; `nil` once closed and drained.
    func next() -> WebhookDelivery? {
        while true {
            let taken = state.withLock { state -> (WebhookDelivery?, Bool) in
                if !state.queue.isEmpty { return (state.queue.removeFirst(), false) }
                return (nil, state.isClosed)
            }
            if let delivery = taken.0 { return delivery }
            if taken.1 { return nil }
            available.wait()
        }
    }

    /// Accepts nothing more; `next` returns what is queued, then `nil`.
    func close() {
        state.withLock { $0.isClosed = true }
        available.signal()
    }
}
