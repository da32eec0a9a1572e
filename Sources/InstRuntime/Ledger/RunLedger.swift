import Foundation
import Synchronization

/// The writes an interrupted run already made, for `inst run --resume RUN_ID`: each live write
/// of the resumed run takes the first entry left with its operation and request digest.
public final class RunLedger: Sendable {
    public let runID: String
    private let queues: Mutex<[LedgerKey: [LedgerEntry.State]]>

    public init(runID: String, entries: [LedgerEntry]) {
        self.runID = runID
        var queues: [LedgerKey: [LedgerEntry.State]] = [:]
        for entry in entries { queues[entry.key, default: []].append(entry.state) }
        self.queues = Mutex(queues)
    }

    /// The ledger of run `runID` in the audit file at `path`.
    ///
    /// - Throws: ``LedgerError/unknownRun(_:path:recent:)`` when the file holds no record of that run.
    public static func load(runID: String, auditPath path: String) throws(LedgerError) -> RunLedger {
        let bytes = FileManager.default.contents(atPath: path).map(Array.init) ?? []
        let records = AuditRecord.records(in: bytes).records
        guard records.contains(where: { $0.runID == runID }) else {
            throw .unknownRun(runID, path: path, recent: RecentRun.latest(in: records))
        }
        return RunLedger(runID: runID, entries: LedgerEntry.entries(of: runID, in: records))
    }

    /// The state of the next earlier write like `key`, removed from the ledger; `nil` when the
    /// earlier run made no more such writes.
    public func take(_ key: LedgerKey) -> LedgerEntry.State? {
        queues.withLock { queues in
            guard var queue = queues[key], !queue.isEmpty else { return nil }
            let first = queue.removeFirst()
            queues[key] = queue
            return first
        }
    }

    /// How many earlier writes are left to match.
    public var remaining: Int {
        queues.withLock { $0.values.reduce(0) { $0 + $1.count } }
    }
}

/// A run the audit log knows, for the list an unknown `--resume` id shows.
public struct RecentRun: Sendable, Equatable {
    public var runID: String
    /// The time of the run's last record.
    public var time: String
    public var scriptPath: String?
    public var mode: AuditMode

    /// The last `limit` runs of `records`, the most recent first.
    static func latest(in records: [AuditRecord], limit: Int = 5) -> [RecentRun] {
        var seen: Set<String> = []
        var runs: [RecentRun] = []
        for record in records.reversed() where runs.count < limit && seen.insert(record.runID).inserted {
            runs.append(RecentRun(runID: record.runID, time: record.time, scriptPath: record.scriptPath, mode: record.mode))
        }
        return runs
    }
}

/// Why a run cannot be resumed.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    /// The audit log at `path` has no record of the run; `recent` are the latest runs it has.
    case unknownRun(String, path: String, recent: [RecentRun])
    /// `--resume` against a backend whose state does not outlive a run.
    case notResumable(String)

    public var description: String {
        switch self {
        case .unknownRun(let runID, let path, let recent):
            let head = "--resume \(runID): no run with that id in the audit log \(path)"
            guard !recent.isEmpty else { return head + " (it holds no runs)" }
            let lines = recent.map { run in
                "  \(run.runID)  \(run.time)  \(run.mode.rawValue)  \(run.scriptPath ?? "(no script)")"
            }
            return ([head + "; recent runs, latest first:"] + lines).joined(separator: "\n")
        case .notResumable(let reason):
            return "--resume: \(reason)"
        }
    }
}
