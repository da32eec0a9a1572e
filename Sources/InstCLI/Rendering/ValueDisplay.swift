import InstLanguage

/// How values look in the terminal: REPL results and `table` output.
enum ValueDisplay {
    /// A REPL entry's value: nothing for null, an aligned table for a list of maps, else the
    /// formatted value; ends with a newline unless empty.
    static func result(_ value: Value, color: Bool) -> String {
        switch value {
        case .null:
            return ""
        case .list(let rows) where !rows.isEmpty && rows.allSatisfy(\.isMap):
            return table(value, color: color)
        default:
            return value.formatted() + "\n"
        }
    }

    /// Rows as an aligned table, header bold and rule dim when colour is on, cells cut at
    /// `maxColumnWidth` characters; ends with a newline.
    static func table(_ rows: Value, color: Bool, maxColumnWidth: Int = 40) -> String {
        let style = TableRenderer.Style(
            header: { TextStyle.bold.apply($0, when: color) },
            rule: { TextStyle.dim.apply($0, when: color) }
        )
        return TableRenderer(maxColumnWidth: maxColumnWidth, style: style).render(rows) + "\n"
    }
}

extension Value {
    fileprivate var isMap: Bool {
        if case .map = self { return true }
        return false
    }
}
