import Foundation

/// What the audit log records about the run around a call; the runner provides it per call.
public struct AuditContext: Sendable, Equatable {
    public var runID: String
    public var mode: AuditMode
    /// The script's path, `nil` for the REPL and `inst -c`.
    public var scriptPath: String?
    /// The script text's SHA-256 (``AuditDigest/sha256(_:)``).
    public var scriptSHA256: String?
    /// The script line making the call.
    public var line: Int?
    /// The procedures the call went through (``AuditRecord/via``), `nil` for a command written in the script.
    public var via: String?

    public init(
        runID: String, mode: AuditMode, scriptPath: String? = nil, scriptSHA256: String? = nil, line: Int? = nil,
        via: String? = nil
    ) {
        self.runID = runID
        self.mode = mode
        self.scriptPath = scriptPath
        self.scriptSHA256 = scriptSHA256
        self.line = line
        self.via = via
    }

    /// The context of the call the journal's command is making (none running: no line, no `via`).
    public init(journal: RunJournal) {
        let site = journal.site
        self.init(
            runID: journal.runID, mode: journal.mode, scriptPath: journal.scriptPath, scriptSHA256: journal.scriptSHA256,
            line: site?.line, via: site.flatMap(Self.via(of:)))
    }

    /// `site`'s procedures as a record's `via` holds them: `sync.replies_to_ghl (sync.inst:34)`,
    /// several joined by ` → `, outermost first; `nil` when there are none.
    public static func via(of site: CallSite) -> String? {
        site.via.isEmpty ? nil : site.via.map(\.text).joined(separator: " → ")
    }
}

/// Where audit records get their times: the wall clock for timestamps, a monotonic clock for
/// latencies. Tests pass fixed functions.
public struct AuditClock: Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var wallMilliseconds: @Sendable () -> Int64
    /// Time since any fixed origin, never going back.
    public var monotonic: @Sendable () -> Duration

    public init(wallMilliseconds: @escaping @Sendable () -> Int64, monotonic: @escaping @Sendable () -> Duration) {
        self.wallMilliseconds = wallMilliseconds
        self.monotonic = monotonic
    }

    /// The system's clocks.
    public static var system: AuditClock {
        let origin = ContinuousClock.now
        return AuditClock(
            wallMilliseconds: { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) },
            monotonic: { origin.duration(to: .now) }
        )
    }
}

extension Duration {
    /// The duration in whole microseconds.
    var microseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000)
    }
}
