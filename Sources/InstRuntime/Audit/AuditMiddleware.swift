import InstTransport

/// Records every call that crosses it in an ``AuditLog``: one record per call, sent or planned,
/// and for a live write (or metered call) first an fsynced `intent` record, so the log shows a
/// write that may have landed even if the process dies while it is in flight.
///
/// Place it outermost, so latencies include the governor's waits and retries. If the log cannot
/// be written the call fails with the ``AuditLogError``; before a live write that means the write
/// is not sent.
public struct AuditMiddleware: TransportMiddleware {
    private let log: AuditLog
    private let clock: AuditClock
    private let context: @Sendable () -> AuditContext
    private let isPlanned: @Sendable (TransportRequest, AuditContext) -> Bool
    private let governorWait: @Sendable () -> Duration?

    /// - Parameters:
    ///   - context: the run, mode and script line of the call being made.
    ///   - isPlanned: whether the layers inside plan `request` instead of sending it; by default
    ///     every call but a read in dry-run (pass your own for `--spend`).
    ///   - governorWait: how long the rate governor held the call that just finished, if known.
    public init(
        log: AuditLog,
        clock: AuditClock = .system,
        context: @escaping @Sendable () -> AuditContext,
        isPlanned: @escaping @Sendable (TransportRequest, AuditContext) -> Bool = { request, context in
            context.mode == .dryRun && request.effect != .read
        },
        governorWait: @escaping @Sendable () -> Duration? = { nil }
    ) {
        self.log = log
        self.clock = clock
        self.context = context
        self.isPlanned = isPlanned
        self.governorWait = governorWait
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let context = context()
        let planned = isPlanned(request, context)
        var record = draft(request, context, planned: planned)
        if !planned && request.effect != .read {
            try log.writeIntent(record)
        }
        let start = clock.monotonic()
        do {
            let response = try await next(request)
            record.status = response.status
            record.outcome = planned ? .planned : outcome(of: request, status: response.status)
            try finish(record, since: start)
            return response
        } catch {
            record.outcome = outcome(of: request, error: error)
            try finish(record, since: start)
            throw error
        }
    }

    private func finish(_ record: AuditRecord, since start: Duration) throws {
        var record = record
        record.time = AuditTimestamp.format(millisecondsSince1970: clock.wallMilliseconds())
        record.latencyMicroseconds = (clock.monotonic() - start).microseconds
        record.waitMicroseconds = governorWait()?.microseconds
        try log.append(record)
    }

    private func draft(_ request: TransportRequest, _ context: AuditContext, planned: Bool) -> AuditRecord {
        AuditRecord(
            sequence: 0,
            time: AuditTimestamp.format(millisecondsSince1970: clock.wallMilliseconds()),
            runID: context.runID, mode: context.mode,
            scriptPath: context.scriptPath, scriptSHA256: context.scriptSHA256, line: context.line,
            operation: request.operationID, method: request.method.rawValue,
            pathTemplate: request.pathTemplate.rawValue, effect: request.effect.rawValue,
            requestDigest: AuditDigest.request(request), dryRun: planned, outcome: .intent
        )
    }

    /// A 5xx to a write may or may not have been applied.
    private func outcome(of request: TransportRequest, status: Int) -> AuditOutcome {
        request.effect != .read && status >= 500 ? .unknown : .sent
    }

    /// A write that failed after it may have left is `unknown`; one never sent, or a read, `failed`.
    private func outcome(of request: TransportRequest, error: any Error) -> AuditOutcome {
        guard request.effect != .read, let error = error as? TransportError else { return .failed }
        if case .invalidRequest = error { return .failed }
        return .unknown
    }
}
