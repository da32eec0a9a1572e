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
    /// key), then its emails with `--audit-redact-pii`.
    func auditMiddleware(waits: GovernorWaits?) throws -> [any TransportMiddleware] {
        guard let audit = try audit(waits: waits) else { return [] }
        return [SecretFields.AnsweringScope(), audit]
    }

    /// Resuming a run from its ledger, and writes whose outcome is unknown.
    ///
    /// Against live services: a ``LedgerMiddleware`` reading Instantly back (``InstantlyOutcomeProbe``)
    /// and, with `--resume RUN_ID`, that run's writes from the audit log; an unknown run id is a
    /// usage error listing recent runs. The embedded simulator's state does not outlive a run, so
    /// there is nothing to resume against it, and no fault to settle.
    func ledgerMiddleware(simulated: Bool) throws -> [any TransportMiddleware] {
        if simulated {
            guard options.resume == nil else {
                throw LedgerError.notResumable(
                    "the embedded simulator starts afresh each run; resume against the service the run used (INSTANTLY_API_KEY, INSTANTLY_BASE_URL)")
            }
            return []
        }
        let ledger = try options.resume.map { (runID) throws(LedgerError) in
            guard let path = auditPath else {
                throw .notResumable("there is no audit log to resume from: set HOME or XDG_STATE_HOME, or name it with --audit")
            }
            return try RunLedger.load(runID: runID, auditPath: path)
        }
        let journal = journal
        return [LedgerMiddleware(
            runID: journal.runID, sends: { !journal.plans($0.effect) }, probe: InstantlyOutcomeProbe(),
            ledger: ledger, probeAudit: try audit(waits: nil))]
    }

    private var auditPath: String? {
        Backend.auditPath(settings: settings, environment: environment)
    }

    private func audit(waits: GovernorWaits?) throws -> AuditMiddleware? {
        guard let auditLog else { return nil }
        let journal = journal
        let redactor = settings.redactsPII ? settings.piiRedactor : nil
        return AuditMiddleware(
            log: auditLog,
            context: {
                AuditContext(runID: journal.runID, mode: journal.mode, scriptPath: journal.scriptPath,
                             scriptSHA256: journal.scriptSHA256, line: journal.site?.line)
            },
            isPlanned: { request, _ in journal.plans(request.effect) },
            governorWait: { waits?.take() },
            units: Backend.auditUnits,
            redactAnswer: { answer in
                let cleared = SecretFields.redactAnswer(answer)
                return redactor?.redact(json: cleared) ?? cleared
            }
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
