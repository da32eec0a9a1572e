import InstLanguage
import InstTransport
import Synchronization

/// Holds a run to its ``RunPolicy`` caps: API calls and writes per run, leads loaded and emails
/// sent per rolling 24 hours (the audit log's live records plus this run's calls, planned or
/// sent), and the campaigns writes may touch. A request that would cross a cap is refused before
/// it goes further, with `ScriptError.policy` (uncatchable, exit code 3).
///
/// Place it outermost: every request counts once, pages and polls included, retries not. A write
/// `--resume` answers from the log (``ResumeReplays``) is not sent, so it counts toward no cap.
public final class PolicyMiddleware: TransportMiddleware {
    private struct Tally {
        var calls = 0
        var writes = 0
        var leads = 0
        var emails = 0
        /// The audit log's usage in the last 24 h, read when a request first carries leads or emails.
        var pastDay: DailyUsage?
    }

    private let policy: RunPolicy
    private let usage: @Sendable (TransportRequest) -> RequestUsage
    private let pastDay: @Sendable () throws -> DailyUsage
    private let replays: ResumeReplays?
    private let tally = Mutex(Tally())

    /// - Parameters:
    ///   - usage: what a request carries (its service's classifier).
    ///   - pastDay: the live usage of the last 24 hours, from the audit log; read once per run.
    ///   - replays: `--resume`'s ledger, which says which writes are answered from the log.
    public init(
        policy: RunPolicy,
        usage: @escaping @Sendable (TransportRequest) -> RequestUsage,
        replays: ResumeReplays? = nil,
        pastDay: @escaping @Sendable () throws -> DailyUsage = { DailyUsage() }
    ) {
        self.policy = policy
        self.usage = usage
        self.replays = replays
        self.pastDay = pastDay
    }

    public func intercept(
        _ request: TransportRequest,
        next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        guard let replays else {
            try admit(request)
            return try await next(request)
        }
        return try await replays.deciding(request) { replayed in
            if !replayed { try admit(request) }
            return try await next(request)
        }
    }

    /// Counts `request` against the caps, or throws the refusal that names the cap it would cross.
    func admit(_ request: TransportRequest) throws {
        let carried = request.effect == .read ? RequestUsage() : usage(request)
        if request.effect == .write { try checkCampaigns(carried.campaigns, request) }
        let daily = carried.leads > 0 || carried.emails > 0 ? try pastDayOnce() : DailyUsage()
        try tally.withLock { (tally: inout Tally) throws(ScriptError) in
            var next = tally
            next.calls += 1
            if request.effect == .write { next.writes += 1 }
            next.leads += carried.leads
            next.emails += carried.emails
            if let cap = policy.maxCalls, next.calls > cap {
                throw PolicyRefusal.calls(cap: cap, request: request).error
            }
            if let cap = policy.maxWrites, next.writes > cap {
                throw PolicyRefusal.writes(cap: cap, request: request).error
            }
            if let cap = policy.maxLeadsPerDay, carried.leads > 0, daily.leads + next.leads > cap {
                throw PolicyRefusal.leads(cap: cap, before: daily.leads + tally.leads, carried: carried.leads, request: request).error
            }
            if let cap = policy.maxEmailsPerDay, carried.emails > 0, daily.emails + next.emails > cap {
                throw PolicyRefusal.emails(cap: cap, before: daily.emails + tally.emails, carried: carried.emails, request: request).error
            }
            tally = next
        }
    }

    private func checkCampaigns(_ campaigns: [String], _ request: TransportRequest) throws {
        for campaign in campaigns {
            if policy.deniedCampaigns.contains(campaign) {
                throw PolicyRefusal.deniedCampaign(campaign, request: request).error
            }
            if !policy.allowedCampaigns.isEmpty && !policy.allowedCampaigns.contains(campaign) {
                throw PolicyRefusal.unlistedCampaign(campaign, allowed: policy.allowedCampaigns, request: request).error
            }
        }
    }

    private func pastDayOnce() throws -> DailyUsage {
        guard policy.maxLeadsPerDay != nil || policy.maxEmailsPerDay != nil else { return DailyUsage() }
        if let known = tally.withLock({ $0.pastDay }) { return known }
        let read = try pastDay()
        tally.withLock { $0.pastDay = read }
        return read
    }
}
