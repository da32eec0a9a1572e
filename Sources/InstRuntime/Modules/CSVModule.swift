import CSV
import InstLanguage

/// `csv.read PATH`: a CSV file with a header row, as a list of maps (one per row, keyed by the
/// header). Cells are strings; a row shorter than the header gets `null` for the missing cells.
/// `csv.write ROWS PATH`: a list of maps as a CSV file, written whole or not at all.
/// Only files the ``FilePolicy`` grants may be read or written.
public struct CSVModule: HostModule {
    public let grants: FileGrants

    public init(grants: FileGrants) {
        self.grants = grants
    }

    public init(policy: FilePolicy) {
        self.init(grants: FileGrants(policy))
    }

    public var commands: [CommandSpec] {
        [
            CommandSpec(
                "csv.read",
                summary: "Read a CSV file with a header row as a list of maps",
                discussion: """
                    The path is relative to the script's folder. A script run with `inst run` reads only \
                    what its `require read` lines name (inside its folder) and what --allow-read grants.
                    Cells are strings: convert with `int` or `float` where a number is meant.
                    """,
                parameters: [ParameterSpec("path", required: true, type: "string", help: "the file to read")],
                effect: .read,
                run: { [grants] arguments, context in
                    let path = try Self.path(arguments, command: "csv.read")
                    let resolved = try grants.policy.readablePath(path, for: "csv.read")
                    let text = try FileSystemText.contents(of: resolved, command: "csv.read", maxBytes: context.limits.maxStringBytes)
                    return .list(try Self.rows(of: text, path: path, maxRows: context.limits.maxCollectionCount))
                }
            ),
            CommandSpec(
                "csv.write",
                summary: "Write a list of maps as a CSV file with a header row",
                discussion: """
                    The header is every key of the rows, in the order they first appear; missing cells \
                    are empty, lists and maps are written as JSON. The path is relative to the script's \
                    folder and must lie under an --allow-write path. The file is replaced whole (written \
                    beside it, then renamed), so a failed or stopped write leaves the old file as it was.
                    Returns the number of rows written.
                    """,
                parameters: [
                    ParameterSpec("rows", required: true, type: "list", help: "the rows: a list of maps"),
                    ParameterSpec("path", required: true, type: "string", help: "the file to write"),
                ],
                effect: .write,
                run: { [grants] arguments, context in
                    let path = try Self.path(arguments, command: "csv.write")
                    let resolved = try grants.policy.writablePath(path, for: "csv.write")
                    let rows = try (arguments["rows"] ?? .null).materialized(limits: context.limits) {
                        try context.checkInterrupts()
                    }
                    let text = try CSVText.encode(rows, path: path)
                    try context.checkSize(of: text)
                    try AtomicFile.replace(resolved, with: Array(text.utf8), command: "csv.write")
                    guard case .list(let list) = rows else { return .int(0) }
                    return .int(list.count)
                }
            ),
        ]
    }

    private static func path(_ arguments: Arguments, command: String) throws -> String {
        guard case .string(let path)? = arguments["path"] else {
            throw ScriptError.runtime("\(command): the path must be a string")
        }
        return path
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
