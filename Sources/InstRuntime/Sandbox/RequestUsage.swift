import InstTransport

/// What one request carries that the policy caps count: leads loaded, emails sent, and the
/// campaigns (ids) a write touches. A service's classifier says so per request.
public struct RequestUsage: Sendable, Equatable {
    public var leads: Int
    public var emails: Int
    public var campaigns: [String]

    public init(leads: Int = 0, emails: Int = 0, campaigns: [String] = []) {
        self.leads = leads
        self.emails = emails
        self.campaigns = campaigns
    }
}

/// The leads loaded and emails sent by live calls in a rolling 24 hours, from the audit log.
public struct DailyUsage: Sendable, Equatable {
    public var leads: Int
    public var emails: Int

    public init(leads: Int = 0, emails: Int = 0) {
        self.leads = leads
        self.emails = emails
    }

    /// The usage of the live, sent records of `records` made at or after `since` (milliseconds
    /// since 1970) against `backend` (``AuditBackend``): a run against a simulator does not use up
    /// the real service's caps. Records older than the `backend` field (version 1 and 2) count
    /// whatever the backend, as they did before it. `units` says what one record counted.
    public init(records: [AuditRecord], since: Int64, backend: String? = nil, units: (AuditRecord) -> RequestUsage) {
        let start = CivilDate.iso8601(millisecondsSince1970: since)
        self.init()
        // Times are ISO 8601 UTC with milliseconds: they compare as strings.
        for record in records where record.mode == .live && record.outcome == .sent && record.time >= start
            && (backend == nil || record.backend == nil || record.backend == backend) {
            let usage = units(record)
            leads += usage.leads
            emails += usage.emails
        }
    }
}
