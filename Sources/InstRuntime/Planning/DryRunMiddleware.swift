import InstTransport

/// Dry-run: writes (and metered calls without `--spend`) are recorded in the plan and not sent
/// to a live service; the script gets an answer of the right shape flagged `"dry_run": true`, so
/// it runs to its end. In a live run the writes are sent, and recorded once the service accepts them.
///
/// Against the embedded simulator (`forwardsPlanned`), whose state is the run's scratch copy,
/// planned calls go to it: reads after a planned write see it (a lead load's auto-flip shows up,
/// and so does the pause that answers it). Against live services the service's ``PlanAdvisor``
/// synthesizes the answer, and reads that name something only planned are answered from it too.
public struct DryRunMiddleware: TransportMiddleware {
    private let journal: RunJournal
    private let recorder: PlanRecorder
    private let forwardsPlanned: Bool

    /// - Parameters:
    ///   - journal: says whether a call is planned, where it comes from and what was warned.
    ///   - recorder: the plan, and the advisors per service.
    ///   - forwardsPlanned: send planned calls on (the backend is a scratch simulator).
    public init(journal: RunJournal, recorder: PlanRecorder, forwardsPlanned: Bool) {
        self.journal = journal
        self.recorder = recorder
        self.forwardsPlanned = forwardsPlanned
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        let advisor = recorder.advisor(for: request.service)
        let planned = journal.plans(request.effect)
        if request.effect == .read || (!planned && request.effect == .metered) {
            return try await pass(request, advisor: advisor, next: next)
        }
        let warnings = Self.merged(
            journal.warnings, advisor?.review(request, sequence: recorder.nextSequence, planned: planned) ?? [])
        let site = journal.site
        let record = { recorder.record(request, scopes: advisor?.scopes(for: request) ?? [], site: site, warnings: warnings, planned: planned) }
        guard planned else {
            // A live write is in the record once the service accepted it.
            let response = try await next(request)
            if response.isSuccess { record() }
            return observed(request, advisor: advisor, response: response)
        }
        record()
        let response: TransportResponse
        if forwardsPlanned {
            response = try await next(request)
        } else {
            response = advisor?.synthesize(request) ?? TransportResponse(status: 200, body: Array("{}".utf8))
        }
        return observed(request, advisor: advisor, response: PlannedAnswer.flagged(response))
    }

    /// A read (or a metered call let through): sent, unless it names something only planned.
    private func pass(
        _ request: TransportRequest, advisor: (any PlanAdvisor)?,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        if !forwardsPlanned, request.effect == .read, journal.mode == .dryRun, let answer = advisor?.synthesize(request) {
            return observed(request, advisor: advisor, response: PlannedAnswer.flagged(answer))
        }
        return observed(request, advisor: advisor, response: try await next(request))
    }

    private func observed(
        _ request: TransportRequest, advisor: (any PlanAdvisor)?, response: TransportResponse
    ) -> TransportResponse {
        advisor?.observe(request, response: response)
        return response
    }

    /// What the command warned, then the advice it did not already say (the command's warnings
    /// may carry its name first: `instantly.campaigns.create: body.…: …`), without repeats.
    static func merged(_ noted: [String], _ advice: [String]) -> [String] {
        var seen = Set<String>()
        let fresh = advice.filter { line in !noted.contains { $0.hasSuffix(": " + line) } }
        return (noted + fresh).filter { seen.insert($0).inserted }
    }
}
