/// Checks an audit log: every line a canonical record, every hash right, every record linked to
/// the one before it, sequences from 1 with no gaps.
public enum AuditVerifier {
    /// What a check found.
    public struct Report: Sendable, Equatable {
        /// Records checked and found sound before the first problem (all of them when there is none).
        public var validRecords: Int
        /// The first broken record, or `nil` when the chain is intact.
        public var problem: AuditProblem?

        public var isIntact: Bool { problem == nil }

        public init(validRecords: Int, problem: AuditProblem?) {
            self.validRecords = validRecords
            self.problem = problem
        }
    }

    /// Checks the JSONL text of an audit file.
    public static func verify(_ bytes: [UInt8]) -> Report {
        var previous: (sequence: Int, hash: String) = (0, AuditRecord.genesisHash)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if index == lines.count - 1, bytes.last != UInt8(ascii: "\n") {
                return Report(validRecords: index, problem: AuditProblem(line: number, kind: .incomplete))
            }
            let parsed: AuditRecord.Parsed
            do {
                parsed = try AuditRecord.parse(line: line)
            } catch {
                return Report(validRecords: index, problem: AuditProblem(line: number, kind: error.problemKind))
            }
            let record = parsed.record
            let kind: AuditProblem.Kind? =
                if record.hash != parsed.claimedHash { .hashMismatch }
                else if record.previousHash != previous.hash { .brokenLink }
                else if record.sequence != previous.sequence + 1 { .sequenceGap(expected: previous.sequence + 1, found: record.sequence) }
                else { nil }
            if let kind { return Report(validRecords: index, problem: AuditProblem(line: number, kind: kind)) }
            previous = (record.sequence, parsed.claimedHash)
        }
        return Report(validRecords: lines.count, problem: nil)
    }
}

/// The first thing wrong in an audit file, and where.
public struct AuditProblem: Sendable, Equatable, CustomStringConvertible {
    /// The line of the file, from 1.
    public var line: Int
    public var kind: Kind

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    public enum Kind: Sendable, Equatable {
        case badJSON(String)
        /// Valid JSON, but a field is missing or of the wrong type.
        case malformed(String)
        /// The record's fields are fine but the line is not laid out as it was written.
        case notCanonical
        /// The record's content does not match its hash: it was changed.
        case hashMismatch
        /// The record's `prev_hash` is not the previous record's hash: a record was removed, inserted or reordered.
        case brokenLink
        case sequenceGap(expected: Int, found: Int)
        /// The file ends in the middle of a line.
        case incomplete
    }

    public var description: String { "line \(line): \(summary)" }

    /// What is wrong, without the line number.
    public var summary: String {
        switch kind {
        case .badJSON(let detail): "not valid JSON (\(detail))"
        case .malformed(let detail): "not a record: \(detail)"
        case .notCanonical: "not in canonical form: the line was changed after it was written"
        case .hashMismatch: "hash mismatch: the record was changed after it was written"
        case .brokenLink: "broken link: prev_hash is not the previous record's hash (a record was removed, inserted or reordered)"
        case .sequenceGap(let expected, let found): "sequence gap: expected \(expected), found \(found)"
        case .incomplete: "incomplete last line (the file was cut off)"
        }
    }
}

extension AuditRecord.ParseFailure {
    var problemKind: AuditProblem.Kind {
        switch self {
        case .badJSON(let detail): .badJSON(detail)
        case .malformed(let detail): .malformed(detail)
        case .notCanonical: .notCanonical
        }
    }
}
