/// One line of the audit log: one API call, sent or planned, or the intent to send a write.
///
/// Records are hash-chained: ``previousHash`` is the ``AuditLog`` file's previous record's hash
/// (``AuditRecord/genesisHash`` for the first) and the record's own hash is
/// `SHA-256(previousHash ‖ canonical form)`; see ``canonicalBytes``. Nothing in a record comes
/// from request headers, so no key, token or Authorization value can reach the log.
public struct AuditRecord: Sendable, Equatable {
    /// The record format's version; ``AuditRecord/currentVersion`` for records written now.
    public var version: Int
    /// The record's position in its file, from 1, with no gaps.
    public var sequence: Int
    /// When the record was made: ISO 8601 UTC with milliseconds, `2025-01-02T03:04:05.678Z`.
    public var time: String
    public var runID: String
    public var mode: AuditMode
    /// The script's path, `nil` for the REPL and `inst -c`.
    public var scriptPath: String?
    /// The script text's SHA-256, lowercase hex.
    public var scriptSHA256: String?
    /// The script line that made the call.
    public var line: Int?
    /// The catalog's name for the operation: `instantly.campaigns.activate`.
    public var operation: String
    public var method: String
    /// The catalog's path with its placeholders: `/api/v2/campaigns/{id}/activate`.
    public var pathTemplate: String
    /// `read`, `metered` or `write` (``RequestEffect``).
    public var effect: String
    /// SHA-256 of the method, the target and the body, never the headers; see ``AuditDigest/request(_:)``.
    public var requestDigest: String
    /// Whether the call was planned rather than sent.
    public var dryRun: Bool
    /// The HTTP status, when an answer came.
    public var status: Int?
    /// From sending to the answer, in microseconds; governor waits included.
    public var latencyMicroseconds: Int?
    /// How long the rate governor held the call, in microseconds.
    public var waitMicroseconds: Int?
    public var outcome: AuditOutcome
    /// Version 2: the leads or emails the call carried (what the 24-hour caps count), if it carried any.
    public var units: Int?
    /// Version 2: how the runtime settled the call (`confirmed by reading back`, …); see ``AuditNote``.
    public var note: String?
    /// Version 2: a confirmed live write's answer body (at most ``AuditRecord/answerLimit`` bytes
    /// as UTF-8 text), which `--resume` answers the same write with instead of sending it again.
    public var answer: String?
    /// Version 3: where the call went: ``AuditBackend/simulator`` (`sim`) for the embedded
    /// simulator, else the service's origin (`https://api.instantly.ai`); see ``AuditBackend``.
    public var backend: String?
    /// Version 3: the procedures between the script's line and the command, outermost first
    /// (`sync.replies_to_ghl (sync.inst:34)`, joined by ` → `); `nil` for a command written in the script.
    public var via: String?
    /// The hash of the record before this one in the file, lowercase hex.
    public var previousHash: String

    public static let currentVersion = 3
    /// The largest answer body a record keeps, in bytes: 64 KiB.
    public static let answerLimit = 64 * 1024
    /// The previous hash of a file's first record: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    public init(
        version: Int = AuditRecord.currentVersion, sequence: Int, time: String, runID: String, mode: AuditMode,
        scriptPath: String? = nil, scriptSHA256: String? = nil, line: Int? = nil, operation: String, method: String,
        pathTemplate: String, effect: String, requestDigest: String, dryRun: Bool, status: Int? = nil,
        latencyMicroseconds: Int? = nil, waitMicroseconds: Int? = nil, outcome: AuditOutcome,
        units: Int? = nil, note: String? = nil, answer: String? = nil, backend: String? = nil, via: String? = nil,
        previousHash: String = AuditRecord.genesisHash
    ) {
        self.version = version
        self.sequence = sequence
        self.time = time
        self.runID = runID
        self.mode = mode
        self.scriptPath = scriptPath
        self.scriptSHA256 = scriptSHA256
        self.line = line
        self.operation = operation
        self.method = method
        self.pathTemplate = pathTemplate
        self.effect = effect
        self.requestDigest = requestDigest
        self.dryRun = dryRun
        self.status = status
        self.latencyMicroseconds = latencyMicroseconds
        self.waitMicroseconds = waitMicroseconds
        self.outcome = outcome
        self.units = units
        self.note = note
        self.answer = answer
        self.backend = backend
        self.via = via
        self.previousHash = previousHash
    }
}

/// Whether a run sends writes or only plans them.
public enum AuditMode: String, Sendable, CaseIterable {
    case dryRun = "dry-run"
    case live
}

/// What became of a call, as far as the runtime knows.
public enum AuditOutcome: String, Sendable, CaseIterable {
    /// A live write is about to be sent (written and fsynced before sending).
    case intent
    /// An answer came back (any status but a 5xx to a write).
    case sent
    /// Dry-run: planned, not sent.
    case planned
    /// No request reached the service (it could not be built or the service was unreachable).
    case failed
    /// The request may have landed: a timeout, a lost connection or a 5xx after a write was sent.
    case unknown
    /// `--resume`: a write the run had already sent and confirmed, answered from the log, not sent again.
    case replayed
}
