/// Lays out values as aligned text columns, for `table` output and the REPL.
///
///     name  sent
///     ----  ----
///     05B     31
///     05A     20
///
/// A list of maps gives one column per key, in the order keys are first seen (a missing key is an
/// empty cell); other elements of the list go in a `value` column. A single map gives `key` and
/// `value` columns; any other value one `value` cell. Cells are one line (control characters are
/// escaped), cut to ``maxColumnWidth`` with `…`; numbers are right-aligned. Widths count East Asian
/// wide characters and emoji as two columns. Streams should be materialized first (a stream is
/// read here without limits).
public struct TableRenderer {
    /// Decorations applied after layout, so escape codes do not disturb alignment.
    public struct Style {
        /// The whole header line.
        public var header: (String) -> String
        /// The whole rule line under the header.
        public var rule: (String) -> String
        /// One padded cell, with its value (`nil` for a missing key).
        public var cell: (String, Value?) -> String

        public init(
            header: @escaping (String) -> String = { $0 },
            rule: @escaping (String) -> String = { $0 },
            cell: @escaping (String, Value?) -> String = { text, _ in text }
        ) {
            self.header = header
            self.rule = rule
            self.cell = cell
        }

        /// No decoration.
        public static var plain: Style { Style() }
    }

    /// The widest a column may be, in terminal columns (at least 2).
    public var maxColumnWidth: Int
    public var style: Style
    /// Repeated under each header.
    public var ruleCharacter: Character
    /// Between columns.
    public var columnSeparator: String

    public init(maxColumnWidth: Int = 40, style: Style = .plain, ruleCharacter: Character = "-", columnSeparator: String = "  ") {
        self.maxColumnWidth = max(maxColumnWidth, 2)
        self.style = style
        self.ruleCharacter = ruleCharacter
        self.columnSeparator = columnSeparator
    }

    /// The table as text, lines separated by `\n`, no trailing newline.
    public func render(_ value: Value) -> String {
        lines(for: value).joined(separator: "\n")
    }

    /// The table's lines: header, rule, one per row. An empty list gives `(empty)`.
    public func lines(for value: Value) -> [String] {
        let grid = Grid(value)
        guard !grid.rows.isEmpty else { return ["(empty)"] }
        let texts = grid.rows.map { row in row.map { cellText($0) } }
        let widths = grid.columns.indices.map { column in
            texts.reduce(Self.displayWidth(of: grid.columns[column])) { max($0, Self.displayWidth(of: $1[column])) }
        }
        let numericColumns = grid.columns.indices.map { column in grid.isNumeric(column: column) }

        var lines: [String] = []
        lines.reserveCapacity(grid.rows.count + 2)
        let header = line(grid.columns, widths: widths, rightAligned: { numericColumns[$0] }) { _, text in text }
        lines.append(style.header(header))
        let rule = widths.map { String(repeating: ruleCharacter, count: $0) }
        lines.append(style.rule(rule.joined(separator: columnSeparator)))
        for (row, cells) in zip(grid.rows, texts) {
            lines.append(line(cells, widths: widths, rightAligned: { Grid.isNumber(row[$0]) }) { column, text in
                style.cell(text, row[column])
            })
        }
        return lines
    }

    /// One line of padded cells, with nothing after its last non-empty cell (no trailing spaces).
    private func line(
        _ cells: [String], widths: [Int], rightAligned: (Int) -> Bool = { _ in false },
        decorate: (Int, String) -> String
    ) -> String {
        guard let last = cells.lastIndex(where: { !$0.isEmpty }) else { return "" }
        var parts: [String] = []
        for column in 0...last {
            let text = cells[column]
            let padding = String(repeating: " ", count: max(widths[column] - Self.displayWidth(of: text), 0))
            let padded = rightAligned(column) ? padding + text : (column == last ? text : text + padding)
            parts.append(decorate(column, padded))
        }
        return parts.joined(separator: columnSeparator)
    }

    /// A cell's one-line text, cut to the column width.
    private func cellText(_ value: Value?) -> String {
        let text: String
        switch value {
        case nil, .null?: text = ""
        case .string(let string)?: text = Self.escapingControls(string)
        case let other?: text = Self.escapingControls(other.formattedLiteral())
        }
        return Self.truncate(text, toWidth: maxColumnWidth)
    }
}
