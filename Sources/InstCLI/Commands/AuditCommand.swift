import ArgumentParser
import Foundation
import InstLanguage
import InstRuntime

/// `inst audit …`: check or read a hash-chained audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify or show an audit log.",
        discussion: "FILE defaults to $XDG_STATE_HOME/inst/audit.jsonl (~/.local/state/inst/audit.jsonl).",
        subcommands: [AuditVerifyCommand.self, AuditShowCommand.self]
    )
}

/// `inst audit verify [FILE]`: exit 0 when the chain is intact, 1 naming the first broken record.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every record's hash and link; name the first broken record."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The audit log.", valueName: "file"))
    var file: String?

    func run() throws {
        let (path, bytes) = try AuditFileArgument.read(file)
        let report = AuditVerifier.verify(bytes)
        if let problem = report.problem {
            let earlier = report.validRecords == 1 ? "1 earlier record verifies" : "\(report.validRecords) earlier records verify"
            Console().fail("\(path):\(problem.line): \(problem.summary) (\(earlier))")
            throw ExitCode(ExitStatus.scriptError.rawValue)
        }
        StandardStream.output.writeLine("\(path): \(report.validRecords) records, chain intact")
    }
}

/// `inst audit show [FILE] [--since TIME] [--op NAME] [--run ID]`: the records as a table.
struct AuditShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the records as a table (the chain is not checked: use verify)."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The audit log.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Only records at or after this ISO 8601 time (2025-01-02, 2025-01-02T10:00:00Z).", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Only this operation, or the operations under a prefix (instantly.leads).", valueName: "name"))
    var op: String?

    @Option(name: .customLong("run"), help: ArgumentHelp("Only the records of this run (the id `inst run --resume` takes).", valueName: "id"))
    var runID: String?

    func validate() throws {
        if let since, AuditTime.parse(since) == nil {
            throw ValidationError("--since takes an ISO 8601 date or time such as 2025-01-02 or 2025-01-02T10:00:00Z (got \(since))")
        }
    }

    func run() throws {
        let (path, bytes) = try AuditFileArgument.read(file)
        let (records, unreadable) = AuditRecord.records(in: bytes)
        let start = since.flatMap(AuditTime.parse)
        let shown = records.filter { record in
            if let op, record.operation != op, !record.operation.hasPrefix(op + ".") { return false }
            if let runID, record.runID != runID { return false }
            guard let start else { return true }
            return AuditTime.parse(record.time).map { $0 >= start } ?? false
        }
        let console = Console()
        if shown.isEmpty {
            StandardStream.output.writeLine("no records")
        } else {
            let columns = AuditRecord.OptionalColumns(shown)
            console.output.write(ValueDisplay.table(.list(shown.map { $0.row(columns) }), color: console.outputColor, maxColumnWidth: 80))
        }
        if !unreadable.isEmpty {
            console.fail("\(path): \(unreadable.count) unreadable line(s) skipped (first: line \(unreadable[0])); run `inst audit verify`")
        }
    }
}

/// The FILE argument of the audit commands: the file named, or the default audit log.
enum AuditFileArgument {
    static func read(_ file: String?) throws -> (path: String, bytes: [UInt8]) {
        guard let path = file ?? AuditLog.defaultPath(environment: Environment.current) else {
            throw ValidationError("name the audit log: neither XDG_STATE_HOME nor HOME is set")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Console().fail("cannot read the audit log \(path): no such readable file")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        return (path, Array(data))
    }
}

/// ISO 8601 times as `--since` takes them and records hold them.
enum AuditTime {
    static func parse(_ text: String) -> Date? {
        let options: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate],
        ]
        for option in options {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = option
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

extension AuditRecord {
    /// The columns shown only when a shown record has them: `via` and `backend`, which older
    /// records and commands written in the script leave out.
    fileprivate struct OptionalColumns {
        var via: Bool
        var backend: Bool

        init(_ records: [AuditRecord]) {
            via = records.contains { $0.via != nil }
            backend = records.contains { $0.backend != nil }
        }
    }

    /// The record as a table row.
    fileprivate func row(_ columns: OptionalColumns) -> Value {
        var fields: [(String, Value)] = [
            ("seq", .int(sequence)),
            ("time", .string(time)),
            ("run", .string(runID)),
            ("line", line.map(Value.int) ?? .null),
        ]
        if columns.via { fields.append(("via", via.map(Value.string) ?? .null)) }
        fields += [
            ("operation", .string(operation)),
            ("method", .string(method)),
            ("path", .string(pathTemplate)),
            ("status", status.map(Value.int) ?? .null),
            ("outcome", .string(outcome.rawValue)),
        ]
        if columns.backend { fields.append(("backend", backend.map(Value.string) ?? .null)) }
        fields.append(("ms", latencyMicroseconds.map { .string(String(format: "%.1f", Double($0) / 1000)) } ?? .null))
        return .map(ValueMap(fields))
    }
}
