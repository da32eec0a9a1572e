import InstTransport

/// What identifies a write across runs: its operation and ``AuditDigest/request(_:)``.
public struct LedgerKey: Hashable, Sendable {
    public var operation: String
    public var requestDigest: String

    public init(operation: String, requestDigest: String) {
        self.operation = operation
        self.requestDigest = requestDigest
    }

    public init(_ request: TransportRequest) {
        self.init(operation: request.operationID, requestDigest: AuditDigest.request(request))
    }

    init(_ record: AuditRecord) {
        self.init(operation: record.operation, requestDigest: record.requestDigest)
    }
}

/// A live write a run made, as its audit records tell.
public struct LedgerEntry: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Answered with a 2xx; `answer` is the body the record kept (`nil` when it was too large).
        case confirmed(status: Int, answer: [UInt8]?)
        /// It may have landed: a timeout, a lost connection, a 5xx, or no result at all (the
        /// process ended while it was in flight).
        case unknown
    }

    public var key: LedgerKey
    public var state: State

    public init(key: LedgerKey, state: State) {
        self.key = key
        self.state = state
    }
}

extension LedgerEntry {
    /// The live writes of run `runID` in `records` (an audit file's, in order), each settled by
    /// its last record: intents without a result are unknown, refused or failed writes are left
    /// out (they did not land), replays are not new writes (nor the end of an earlier attempt's
    /// intent: since version 3 a replayed write has no intent), and a write the ledger later
    /// confirmed by reading back (or resent) settles the earlier unknown entry it stood for.
    public static func entries(of runID: String, in records: [AuditRecord]) -> [LedgerEntry] {
        var entries: [(entry: LedgerEntry, pending: Bool)] = []
        func lastPending(_ key: LedgerKey) -> Int? { entries.lastIndex { $0.pending && $0.entry.key == key } }
        var previousWasIntent = false
        for record in records where record.runID == runID && record.mode == .live && !record.dryRun && record.effect != "read" {
            let key = LedgerKey(record)
            let pending = lastPending(key)
            defer { previousWasIntent = record.outcome == .intent }
            switch record.outcome {
            case .intent:
                entries.append((LedgerEntry(key: key, state: .unknown), true))
            case .sent:
                if let pending { entries.remove(at: pending) }
                guard let status = record.status, (200..<300).contains(status) else { continue }
                let confirmed = LedgerEntry(key: key, state: .confirmed(status: status, answer: record.answer.map { Array($0.utf8) }))
                let settled = record.note == nil ? nil : entries.firstIndex { !$0.pending && $0.entry == LedgerEntry(key: key, state: .unknown) }
                if let settled {
                    entries[settled].entry = confirmed
                } else if let pending {
                    entries.insert((confirmed, false), at: pending)
                } else {
                    entries.append((confirmed, false))
                }
            case .unknown:
                if let pending { entries[pending].pending = false } else { entries.append((LedgerEntry(key: key, state: .unknown), false)) }
            case .replayed:
                // A replayed write's own intent (logs before version 3 have one) is the record just
                // before it; any other pending intent is an earlier attempt's, still unknown.
                if let pending, previousWasIntent, pending == entries.count - 1 { entries.remove(at: pending) }
            case .failed, .planned:
                if let pending { entries.remove(at: pending) }
            }
        }
        return entries.map(\.entry)
    }
}
