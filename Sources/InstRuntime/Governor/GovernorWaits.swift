import InstTransport
import Synchronization

/// How long the governors held the call in flight, for the audit log: the governor layer adds
/// each hold, and the audit layer takes the total when the call ends (retries included).
///
///     let waits = GovernorWaits()
///     GovernorMiddleware(governor: governor, observers: [waits])
///     AuditMiddleware(log: log, context: …, governorWait: waits.take)
///
/// A run makes one call at a time, so the total belongs to the call that just finished.
public final class GovernorWaits: GovernorObserver {
    private let total = Mutex<Duration?>(nil)

    public init() {}

    public func governorHolds(_ request: TransportRequest, for wait: Duration) {
        total.withLock { $0 = ($0 ?? .zero) + wait }
    }

    /// The holds added since the last take (`nil` when there was none), and starts over.
    public func take() -> Duration? {
        total.withLock { total in
            defer { total = nil }
            return total
        }
    }
}
