import InstTransport

/// The seam between `--resume`'s ledger and the layers outside it (the policy caps, the audit log):
/// which sent writes the ledger will answer from the log instead of sending. A replayed write gets
/// no `intent` record and does not count as a call or a write, since nothing is sent.
///
/// The first layer to ask about a write takes its entry from the ``RunLedger`` and binds it to the
/// request's task while the layers inside run, so they and the ``LedgerMiddleware`` act on that
/// same entry: the decision is made once, by the ledger's own matching.
public struct ResumeReplays: Sendable {
    public let ledger: RunLedger
    private let sends: @Sendable (TransportRequest) -> Bool

    /// - Parameters:
    ///   - ledger: the resumed run's earlier writes.
    ///   - sends: whether `request` is really sent (not planned), as the ledger middleware is told.
    public init(ledger: RunLedger, sends: @escaping @Sendable (TransportRequest) -> Bool) {
        self.ledger = ledger
        self.sends = sends
    }

    /// Runs `body` with whether the ledger will answer `request` from the log (`false` for reads and
    /// planned writes); the ledger's entry for it stays bound to the request while `body` runs.
    public func deciding<Result>(
        _ request: TransportRequest, _ body: (_ replayed: Bool) async throws -> Result
    ) async throws -> Result {
        guard request.effect != .read, sends(request) else { return try await body(false) }
        return try await ledger.deciding(LedgerKey(request)) { state in
            if case .confirmed = state { try await body(true) } else { try await body(false) }
        }
    }
}

extension RunLedger {
    /// The entry taken for the write being made, bound by the outermost layer that asked.
    private struct Decision: Sendable {
        var key: LedgerKey
        var state: LedgerEntry.State?
    }

    @TaskLocal private static var decided: Decision?

    /// The state the write `key` gets: the one an outer layer already took for this request, else
    /// the next earlier write like it, taken now (``take(_:)``).
    func claim(_ key: LedgerKey) -> LedgerEntry.State? {
        if let decided = Self.decided, decided.key == key { return decided.state }
        return take(key)
    }

    /// Runs `body` with the state of the write `key` (``claim(_:)``), bound for the layers inside.
    func deciding<Result>(
        _ key: LedgerKey, _ body: (LedgerEntry.State?) async throws -> Result
    ) async throws -> Result {
        if let decided = Self.decided, decided.key == key { return try await body(decided.state) }
        let state = take(key)
        return try await Self.$decided.withValue(Decision(key: key, state: state)) { try await body(state) }
    }
}
