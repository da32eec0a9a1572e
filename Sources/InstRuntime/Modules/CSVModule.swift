import CSV
import InstLanguage

/// `csv.read PATH`: a CSV file with a header row, as a list of maps (one per row, keyed by the
/// header). Cells are strings; a row shorter than the header gets `null` for the missing cells.
/// Only files the ``FilePolicy`` grants may be read.
public struct CSVModule: HostModule {
    public let policy: FilePolicy

    public init(policy: FilePolicy) {
        self.policy = policy
    }

    public var commands: [CommandSpec] {
        [
            CommandSpec(
                "csv.read",
                summary: "Read a CSV file with a header row as a list of maps",
                discussion: """
                    The path is relative to the script's folder. Files outside it need --allow-read.
                    Cells are strings: convert with `int` or `float` where a number is meant.
                    """,
                parameters: [ParameterSpec("path", required: true, type: "string", help: "the file to read")],
                effect: .read,
                run: { [policy] arguments, context in
                    guard case .string(let path)? = arguments["path"] else {
                        throw ScriptError.runtime("csv.read: the path must be a string")
                    }
                    let resolved = try policy.readablePath(path, for: "csv.read")
                    let text = try FileSystemText.contents(of: resolved, command: "csv.read", maxBytes: context.limits.maxStringBytes)
                    return .list(try Self.rows(of: text, path: path, maxRows: context.limits.maxCollectionCount))
                }
            )
        ]
    }

    /// Parses CSV text with a header row into maps; blank lines are skipped.
    static func rows(of text: String, path: String, maxRows: Int) throws -> [Value] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ScriptError.runtime("csv.read: '\(path)' is not valid CSV: \(error)")
        }
        let header = reader.headerRow ?? []
        var rows: [Value] = []
        while let cells = reader.next() {
            if cells.count == 1, cells[0].isEmpty { continue }
            var row = ValueMap()
            for (position, name) in header.enumerated() {
                row[name] = position < cells.count ? .string(cells[position]) : .null
            }
            rows.append(.map(row))
            if rows.count > maxRows {
                throw ScriptError.limit(.listSize, "csv.read: '\(path)' has more than \(maxRows) rows")
            }
        }
        if let error = reader.error {
            throw ScriptError.runtime("csv.read: '\(path)' is not valid CSV: \(error)")
        }
        return rows
    }
}
