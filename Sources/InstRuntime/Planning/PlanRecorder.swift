import InstTransport
import Synchronization

/// The writes of a run in order — planned in dry-run, sent in a live run — and the advisors that
/// know each service's laws. The planning layer (``DryRunMiddleware``) records; the runner turns
/// it into a ``Plan`` once the run is over.
public final class PlanRecorder: Sendable {
    private struct State {
        var entries: [PlanEntry] = []
        var advisors: [ServiceName: any PlanAdvisor] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// Lets `advisor` answer, warn and take notes for the calls to `service`.
    public func consult(_ advisor: any PlanAdvisor, for service: ServiceName) {
        state.withLock { $0.advisors[service] = advisor }
    }

    /// The advisor for `service`, if one was consulted.
    public func advisor(for service: ServiceName) -> (any PlanAdvisor)? {
        state.withLock { $0.advisors[service] }
    }

    /// Appends the entry for `request`, numbered after the ones before it. The entry keeps the
    /// body with its secrets replaced (``SecretFields``), and its digest is of that body: a digest
    /// of the real one, beside every other field of it, would let a weak password be guessed.
    public func record(_ request: TransportRequest, scopes: [String], site: CallSite?, warnings: [String], planned: Bool) {
        var entry = PlanEntry(sequence: 0, request: request, scopes: scopes, site: site, warnings: warnings, planned: planned)
        if let body = entry.body {
            let redacted = SecretFields.redact(json: body)
            if redacted != body {
                entry.body = redacted
                entry.bodySHA256 = AuditDigest.sha256(redacted)
            }
        }
        state.withLock { state in
            entry.sequence = state.entries.count + 1
            state.entries.append(entry)
        }
    }

    /// The number the next entry gets.
    public var nextSequence: Int { state.withLock { $0.entries.count + 1 } }

    /// The entries so far, in order.
    public var entries: [PlanEntry] { state.withLock { $0.entries } }

    /// The advisors' notes about the run so far, services in name order.
    public var notes: [String] {
        let advisors = state.withLock { $0.advisors }
        return advisors.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { $0.value.notes() }
    }

    /// The plan of the run `journal` describes, as it stands: its entries from number `first` on
    /// (the REPL shows what one input planned by passing the ``nextSequence`` from before it).
    public func plan(journal: RunJournal, backend: String, parameters: [String: String] = [:], from first: Int = 1) -> Plan {
        Plan(
            script: journal.scriptPath.map { ScriptIdentity(path: $0, sha256: journal.scriptSHA256 ?? "") },
            parameters: parameters, mode: journal.mode, backend: backend, runID: journal.runID,
            entries: entries.filter { $0.sequence >= first }, notes: notes)
    }
}
