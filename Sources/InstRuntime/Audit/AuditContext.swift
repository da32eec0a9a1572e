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

    public init(runID: String, mode: AuditMode, scriptPath: String? = nil, scriptSHA256: String? = nil, line: Int? = nil) {
        self.runID = runID
        self.mode = mode
        self.scriptPath = scriptPath
        self.scriptSHA256 = scriptSHA256
        self.line = line
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
