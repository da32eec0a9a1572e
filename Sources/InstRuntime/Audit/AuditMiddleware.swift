import InstTransport

/// How many leads or emails a request carries (`nil`: none, or not a request that counts).
public typealias AuditUnits = @Sendable (TransportRequest) -> Int?

/// Records every call that crosses it in an ``AuditLog``: one record per call, sent or planned,
/// and for a live write (or metered call) first an fsynced `intent` record, so the log shows a
/// write that may have landed even if the process dies while it is in flight. A write `--resume`
/// answers from the log (``ResumeReplays``) is not sent, so it gets no intent: its one record says
/// `replayed`.
///
/// Records of reads and planned calls are deferred (``AuditLog/defer(_:)``) and written with the
/// next record or by ``AuditLog/flush()``, which the host calls when a run or a REPL entry ends.
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
    private let units: AuditUnits
    private let redactAnswer: @Sendable (TransportRequest, [UInt8]) -> [UInt8]
    private let backend: @Sendable (TransportRequest) -> String?
    private let replays: ResumeReplays?

    /// - Parameters:
    ///   - context: the run, mode and script line of the call being made.
    ///   - isPlanned: whether the layers inside plan `request` instead of sending it; by default
    ///     every call but a read in dry-run (pass your own for `--spend`).
    ///   - governorWait: how long the rate governor held the call that just finished, if known.
    ///   - units: the leads or emails a request carries (recorded as `units`).
    ///   - redactAnswer: applied to a confirmed write's answer (the request, then the answer's
    ///     bytes) before it is kept: its secrets, and emails with `--audit-redact-pii`.
    ///   - backend: where `request` goes, recorded as `backend` (``AuditBackend``).
    ///   - replays: `--resume`'s ledger, which says which writes are answered from the log.
    public init(
        log: AuditLog,
        clock: AuditClock = .system,
        context: @escaping @Sendable () -> AuditContext,
        isPlanned: @escaping @Sendable (TransportRequest, AuditContext) -> Bool = { request, context in
            context.mode == .dryRun && request.effect != .read
        },
        governorWait: @escaping @Sendable () -> Duration? = { nil },
        units: @escaping AuditUnits = { _ in nil },
        redactAnswer: @escaping @Sendable (TransportRequest, [UInt8]) -> [UInt8] = { $1 },
        backend: @escaping @Sendable (TransportRequest) -> String? = { _ in nil },
        replays: ResumeReplays? = nil
    ) {
        self.log = log
        self.clock = clock
        self.context = context
        self.isPlanned = isPlanned
        self.governorWait = governorWait
        self.units = units
        self.redactAnswer = redactAnswer
        self.backend = backend
        self.replays = replays
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let context = context()
        let planned = isPlanned(request, context)
        guard let replays, !planned else { return try await record(request, context, planned: planned, replayed: false, next: next) }
        return try await replays.deciding(request) { replayed in
            try await record(request, context, planned: planned, replayed: replayed, next: next)
        }
    }

    /// Records the call (its intent first, for a write that is sent) and makes it.
    private func record(
        _ request: TransportRequest, _ context: AuditContext, planned: Bool, replayed: Bool,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        var record = draft(request, context, planned: planned)
        if !planned && !replayed && request.effect != .read {
            record.time = AuditTimestamp.format(millisecondsSince1970: clock.wallMilliseconds())
            try log.writeIntent(record)
        }
        let start = clock.monotonic()
        do {
            var response = try await next(request)
            let mark = LedgerMark.of(response)
            response.headers.remove(LedgerMark.header)
            record.status = response.status
            record.outcome = planned ? .planned : mark == .replayed ? .replayed : outcome(of: request, status: response.status)
            record.note = mark.map(\.rawValue)
            if !planned, request.effect != .read, response.isSuccess { record.answer = answer(response.body, to: request) }
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
        // What changed nothing waits to be written with the next record that did (or the flush).
        if record.dryRun || record.effect == RequestEffect.read.rawValue {
            try log.defer(record)
        } else {
            try log.append(record)
        }
    }

    /// The call's record before it is sent; its time is set when it is written.
    private func draft(_ request: TransportRequest, _ context: AuditContext, planned: Bool) -> AuditRecord {
        AuditRecord(
            sequence: 0,
            time: "",
            runID: context.runID, mode: context.mode,
            scriptPath: context.scriptPath, scriptSHA256: context.scriptSHA256, line: context.line,
            operation: request.operationID, method: request.method.rawValue,
            pathTemplate: request.pathTemplate.rawValue, effect: request.effect.rawValue,
            requestDigest: AuditDigest.request(request), dryRun: planned, outcome: .intent, units: units(request),
            backend: backend(request), via: context.via
        )
    }

    /// The answer as the record keeps it: redacted UTF-8 text, nothing when over the limit.
    private func answer(_ body: [UInt8], to request: TransportRequest) -> String? {
        guard body.count <= AuditRecord.answerLimit else { return nil }
        let kept = redactAnswer(request, body)
        return kept.count <= AuditRecord.answerLimit ? String(decoding: kept, as: UTF8.self) : nil
    }

    /// A 5xx to a write may or may not have been applied.
    private func outcome(of request: TransportRequest, status: Int) -> AuditOutcome {
        request.effect != .read && status >= 500 ? .unknown : .sent
    }

    /// A write that failed after it may have left is `unknown`; one never sent, or a read, `failed`.
    private func outcome(of request: TransportRequest, error: any Error) -> AuditOutcome {
        if UnknownOutcome.matches(error) { return .unknown }
        guard request.effect != .read, let error = error as? TransportError else { return .failed }
        if case .invalidRequest = error { return .failed }
        return .unknown
    }
}
