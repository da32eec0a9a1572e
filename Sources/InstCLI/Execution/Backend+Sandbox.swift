import Foundation
import InstLanguage
import InstRuntime
import InstTransport
import InstantlyKit

extension Backend {
    /// `module`'s API commands behind the sandbox: each checks the journal's grant (the script's
    /// `require` lines) before anything is sent, in dry-run too, and marks its call site.
    func sandboxed(_ module: any HostModule, service: String, requiredScopes: [String: [String]]) -> any HostModule {
        CallGuard(module, service: service, requiredScopes: requiredScopes, journal: journal)
    }

    /// What a request counts for under the policy caps (leads, emails, campaigns), per service.
    static func usage(of request: TransportRequest) -> RequestUsage {
        guard request.service == .instantly else { return RequestUsage() }
        let operation = request.operationID
        return RequestUsage(
            leads: InstantlyUsage.leads(operation: operation, body: request.body),
            emails: InstantlyUsage.emails(operation: operation),
            campaigns: request.effect == .write
                ? InstantlyUsage.campaigns(pathTemplate: request.pathTemplate.rawValue, path: request.path, body: request.body)
                : [])
    }

    /// The leads or emails a request carries, as the audit log records them (`units`).
    static let auditUnits: AuditUnits = { request in
        guard request.service == .instantly else { return nil }
        let units = InstantlyUsage.leads(operation: request.operationID, body: request.body)
            + InstantlyUsage.emails(operation: request.operationID)
        return units > 0 ? units : nil
    }
}

extension Backend.Layers {
    /// The run's policy caps (calls, writes, leads and emails per day, campaigns); none when no
    /// cap is set. The per-day caps add the audit log's last 24 hours to the run's own calls,
    /// except against the embedded simulator, whose workspace starts afresh each run; they count
    /// only the records of the same Instantly backend (and older records, which do not say).
    /// Writes `--resume` answers from the log (`replays`) count toward no cap.
    func policyMiddleware(replays: ResumeReplays?) throws -> [any TransportMiddleware] {
        let policy = settings.policy
        guard policy != RunPolicy() else { return [] }
        let embedded = options.sim || settings.credentials.tokens[.instantly] == nil
        let auditPath = embedded ? nil : settings.auditPath ?? AuditLog.defaultPath(environment: environment)
        let backend = auditBackend(simulated: embedded)(.instantly)
        return [PolicyMiddleware(policy: policy, usage: Backend.usage(of:), replays: replays) {
            try Self.pastDay(auditPath: auditPath, backend: backend, now: Date())
        }]
    }

    /// The leads loaded and emails sent by live calls to `backend` in the 24 hours before `now`,
    /// from the audit log at `auditPath` (none when there is no log yet).
    static func pastDay(auditPath: String?, backend: String? = nil, now: Date) throws -> DailyUsage {
        guard let auditPath, FileManager.default.fileExists(atPath: auditPath) else { return DailyUsage() }
        guard let data = FileManager.default.contents(atPath: auditPath) else {
            throw ScriptError.policy(
                "cannot read the audit log \(auditPath) to count the leads and emails of the last 24 hours",
                hint: "the per-day caps need it; check its permissions, or name another with --audit")
        }
        let since = Int64((now.timeIntervalSince1970 * 1000).rounded(.down)) - 24 * 3_600_000
        return DailyUsage(records: AuditRecord.records(in: Array(data)).records, since: since, backend: backend) { record in
            let units = record.units ?? 1
            return RequestUsage(
                leads: InstantlyUsage.leadLoads.contains(record.operation) ? units : 0,
                emails: InstantlyUsage.emailSends.contains(record.operation) ? units : 0)
        }
    }
}
