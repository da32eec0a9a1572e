import InstTransport

/// What reading the service back says about a write whose outcome is unknown.
public enum OutcomeVerdict: Sendable, Equatable {
    /// It landed; the answer is what the read found (the lead, the campaign), given to the script.
    case landed(TransportResponse)
    /// It did not land: sending it once more cannot duplicate anything.
    case notLanded
    /// The service gives no way to tell, or the read failed; the detail says which.
    case cannotCheck(String)
}

/// Reads a service back to learn whether a write landed (one per service; see the Instantly one).
public protocol OutcomeProbe: Sendable {
    /// Checks whether `write` landed, reading through `read` (the layers below the ledger, so
    /// reads are retried and paced like any other).
    func check(
        _ write: TransportRequest, read: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async -> OutcomeVerdict
}
