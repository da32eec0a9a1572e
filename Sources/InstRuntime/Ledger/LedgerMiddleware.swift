import InstTransport

/// Keeps live writes from landing twice.
///
/// A write that timed out, lost its connection or got a 5xx may have landed: it is never resent
/// blindly. The ``OutcomeProbe`` reads the service back: landed → the script gets what was found;
/// not landed → the write is sent once more; no way to tell → the catchable ``UnknownOutcome``
/// error. With a ``RunLedger`` (`--resume`), a write the resumed run already confirmed is answered
/// from the ledger without sending it, and one whose outcome was unknown is probed first; layers
/// outside that ask ``ResumeReplays`` about the write share the entry it takes.
///
/// Place it inside dry-run planning (it sees only what is sent) and outside retries (which never
/// resend a write, so an unknown outcome reaches it as is).
public struct LedgerMiddleware: TransportMiddleware {
    private let runID: String
    private let sends: @Sendable (TransportRequest) -> Bool
    private let probe: any OutcomeProbe
    private let ledger: RunLedger?
    private let probeAudit: (any TransportMiddleware)?

    /// - Parameters:
    ///   - runID: the run, named in the error that says how to resume it.
    ///   - sends: whether `request` is really sent (not planned); only those are guarded.
    ///   - ledger: the resumed run's earlier writes, for `--resume`.
    ///   - probeAudit: wraps the probes' reads, so the audit log records them too.
    public init(
        runID: String, sends: @escaping @Sendable (TransportRequest) -> Bool, probe: any OutcomeProbe,
        ledger: RunLedger? = nil, probeAudit: (any TransportMiddleware)? = nil
    ) {
        self.runID = runID
        self.sends = sends
        self.probe = probe
        self.ledger = ledger
        self.probeAudit = probeAudit
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        guard request.effect != .read, sends(request) else { return try await next(request) }
        switch ledger?.claim(LedgerKey(request)) {
        case .confirmed(let status, let answer):
            var headers = HeaderFields()
            headers.append("application/json", for: "Content-Type")
            return LedgerMark.replayed.marking(TransportResponse(status: status, headers: headers, body: answer ?? Array("{}".utf8)))
        case .unknown:
            return try await settle(request, reason: "an earlier attempt in run \(runID) got no confirmed answer", next: next)
        case nil:
            switch try await attempt(request, next: next) {
            case .answered(let response): return response
            case .unknown(let reason): return try await settle(request, reason: reason, next: next)
            }
        }
    }

    private enum Attempt {
        case answered(TransportResponse)
        case unknown(String)
    }

    /// Sends `request` once: an answer, or why its outcome is unknown; other failures are thrown.
    private func attempt(
        _ request: TransportRequest, next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> Attempt {
        do {
            let response = try await next(request)
            return response.status >= 500 ? .unknown("the service answered HTTP \(response.status)") : .answered(response)
        } catch let error as TransportError where error.isTransient {
            return .unknown(error.description)
        }
    }

    /// Reads back whether `request` landed and acts on it.
    private func settle(
        _ request: TransportRequest, reason: String, next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let probeAudit = probeAudit
        let verdict = await probe.check(request) { read in
            guard let probeAudit else { return try await next(read) }
            return try await probeAudit.intercept(read, next: next)
        }
        switch verdict {
        case .landed(let found):
            return LedgerMark.confirmed.marking(found)
        case .notLanded:
            switch try await attempt(request, next: next) {
            case .answered(let response):
                return LedgerMark.resent.marking(response)
            case .unknown(let again):
                throw UnknownOutcome.error(request, reason: again, check: "this was a second attempt, made because reading back showed the first had not landed", runID: runID)
            }
        case .cannotCheck(let why):
            throw UnknownOutcome.error(request, reason: reason, check: why, runID: runID)
        }
    }
}
