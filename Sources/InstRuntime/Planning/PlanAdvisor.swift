import InstTransport

/// What a service knows that the planning layer does not: the scopes an operation needs, the
/// answer a planned call would have got, and the warnings and notes its laws call for.
///
/// One advisor serves one service (``PlanRecorder/consult(_:for:)``); it sees every call to that
/// service that crosses the planning layer, reads included, in order. Implementations keep their
/// own state (placeholder objects, lead loads) behind a lock: calls come from transport tasks.
public protocol PlanAdvisor: Sendable {
    /// The API-key scopes of which any one allows `request`'s operation, most specific first.
    func scopes(for request: TransportRequest) -> [String]

    /// Takes note of a write or metered call about to be planned or sent as entry `sequence` of
    /// the plan, and returns what to warn about it (body lint, a lead already loaded in this run…).
    func review(_ request: TransportRequest, sequence: Int, planned: Bool) -> [String]

    /// The answer to `request` without sending it, against a live service in dry-run: for a
    /// planned call, an answer of the right shape (placeholder ids, echoed fields); for a read,
    /// an answer only when it names something that exists only in the plan (`nil`: send it).
    func synthesize(_ request: TransportRequest) -> TransportResponse?

    /// Sees the answer a call got, sent or planned (a campaign re-read after a lead load).
    func observe(_ request: TransportRequest, response: TransportResponse)

    /// What to say about the run as a whole once it is over (law 7: lead loads and whether the
    /// script re-read and paused the campaign; verifications planned, not sent).
    func notes() -> [String]
}
