import InstTransport

/// Hears what a ``GovernorMiddleware`` does with each request: the audit log records the waits,
/// a progress line shows long ones. Every method has an empty default.
public protocol GovernorObserver: Sendable {
    /// `request` is held for `wait` (more than zero) before it is sent.
    func governorHolds(_ request: TransportRequest, for wait: Duration)
    /// A long hold goes on: `remaining` is left of it (see ``GovernorMiddleware/progressInterval``).
    func governorStillHolds(_ request: TransportRequest, remaining: Duration)
    /// `request` goes on to be sent, after its hold if it had one.
    func governorReleases(_ request: TransportRequest)
    /// `request`'s hold was cut short (the run was interrupted): it is not sent.
    func governorDrops(_ request: TransportRequest)
}

extension GovernorObserver {
    public func governorHolds(_ request: TransportRequest, for wait: Duration) {}
    public func governorStillHolds(_ request: TransportRequest, remaining: Duration) {}
    public func governorReleases(_ request: TransportRequest) {}
    public func governorDrops(_ request: TransportRequest) {}
}
