import InstRuntime
import InstTransport

extension Backend.Layers {
    /// The audit log at `settings.auditPath`, else `$XDG_STATE_HOME/inst/audit.jsonl` (created
    /// 0600 with its folders); none when there is no state directory and no `--audit`.
    ///
    /// `waits` is the governor layer's holds (the `wait_us` field): pass the box given to
    /// ``governorMiddleware(simulated:waits:)``. Records carry `units`, the leads or emails a call
    /// carried (``Backend/auditUnits``), which the 24-hour caps count. A confirmed write's answer
    /// is kept with its secrets replaced (``SecretFields``: webhook headers, passwords, a new API
    /// key), then its emails with `--audit-redact-pii`. Records say where each call went
    /// (``auditBackend(simulated:)``) and the procedures it went through (`via`); a write `--resume`
    /// answers from the log (`replays`) gets no intent record.
    func auditMiddleware(waits: GovernorWaits?, simulated: Bool, replays: ResumeReplays?) throws -> [any TransportMiddleware] {
        guard let audit = try audit(waits: waits, simulated: simulated, replays: replays) else { return [] }
        return [audit]
    }

    /// With `--resume RUN_ID`, that run's writes from the audit log, which the ledger answers
    /// instead of sending them again; an unknown run id is a usage error listing recent runs. The
    /// embedded simulator's state does not outlive a run, so there is nothing to resume against it.
    func resumeReplays(simulated: Bool) throws -> ResumeReplays? {
        guard let runID = options.resume else { return nil }
        guard !simulated else {
            throw LedgerError.notResumable(
                "the embedded simulator starts afresh each run; resume against the service the run used (INSTANTLY_API_KEY, INSTANTLY_BASE_URL)")
        }
        guard let path = auditPath else {
            throw LedgerError.notResumable("there is no audit log to resume from: set HOME or XDG_STATE_HOME, or name it with --audit")
        }
        let journal = journal
        return ResumeReplays(ledger: try RunLedger.load(runID: runID, auditPath: path), sends: { !journal.plans($0.effect) })
    }

    /// Resuming a run from its ledger (``resumeReplays(simulated:)``), and writes whose outcome is unknown.
    ///
    /// Against live services: a ``LedgerMiddleware`` reading Instantly back (``InstantlyOutcomeProbe``).
    /// Against the embedded simulator there is no fault to settle.
    func ledgerMiddleware(simulated: Bool, ledger: RunLedger?) throws -> [any TransportMiddleware] {
        guard !simulated else { return [] }
        let journal = journal
        return [LedgerMiddleware(
            runID: journal.runID, sends: { !journal.plans($0.effect) }, probe: InstantlyOutcomeProbe(),
            ledger: ledger, probeAudit: try audit(waits: nil, simulated: false, replays: nil))]
    }

    /// Where a service's calls go, as audit records say it: `sim` for the embedded simulator, else
    /// the origin of the service's base URL (`https://api.instantly.ai`, `http://127.0.0.1:4010`).
    func auditBackend(simulated: Bool) -> @Sendable (ServiceName) -> String? {
        guard !simulated else { return { _ in AuditBackend.simulator } }
        let origins = settings.credentials.effectiveBaseURLs.mapValues(AuditBackend.origin(ofBaseURL:))
        return { origins[$0] }
    }

    private var auditPath: String? {
        Backend.auditPath(settings: settings, environment: environment)
    }

    private func audit(waits: GovernorWaits?, simulated: Bool, replays: ResumeReplays?) throws -> AuditMiddleware? {
        guard let auditLog else { return nil }
        let journal = journal
        let redactor = settings.redactsPII ? settings.piiRedactor : nil
        let backend = auditBackend(simulated: simulated)
        return AuditMiddleware(
            log: auditLog,
            context: { AuditContext(journal: journal) },
            isPlanned: { request, _ in journal.plans(request.effect) },
            governorWait: { waits?.take() },
            units: Backend.auditUnits,
            redactAnswer: { request, answer in
                let cleared = SecretFields.redact(json: answer, answering: request)
                return redactor?.redact(json: cleared) ?? cleared
            },
            backend: { backend($0.service) },
            replays: replays
        )
    }
}

extension Backend {
    /// The audit log's path: `settings.auditPath` (`--audit`, the profile's), else
    /// `$XDG_STATE_HOME/inst/audit.jsonl`; none when there is no state directory and no `--audit`.
    static func auditPath(settings: RunSettings, environment: [String: String]) -> String? {
        settings.auditPath ?? AuditLog.defaultPath(environment: environment)
    }

    /// Writes the audit records still waiting (reads and planned calls are written in batches).
    func flushAudit() {
        do {
            try auditLog?.flush()
        } catch {
            say("inst: \(error)")
        }
    }

    /// After a live run against the service stopped early (an error, a limit, an interrupt): how
    /// to finish it without repeating the writes it made; `nil` for dry-runs, the simulator and `-c`.
    func resumeHint(scriptPath: String?) -> String? {
        guard journal.mode == .live, !isSimulator, let scriptPath else { return nil }
        return "inst: to finish this run without repeating its writes: inst run \(scriptPath) --live --resume \(journal.runID) (same parameters)"
    }
}
