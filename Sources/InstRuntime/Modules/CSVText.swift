import InstLanguage

/// CSV text from rows (RFC 4180): a header of every key in first-appearance order, cells quoted
/// when they hold a comma, a quote, a line break or edge spaces.
enum CSVText {
    /// - Throws: a runtime error when `rows` is not a list of maps.
    static func encode(_ rows: Value, path: String) throws -> String {
        guard case .list(let list) = rows else {
            throw ScriptError.runtime("csv.write: the rows must be a list of maps, not \(rows.typeName)")
        }
        var maps: [ValueMap] = []
        var header: [String] = []
        var seen: Set<String> = []
        for (index, row) in list.enumerated() {
            guard case .map(let map) = row else {
                throw ScriptError.runtime("csv.write: row \(index + 1) is \(row.typeName), not a map")
            }
            for key in map.keys where seen.insert(key).inserted { header.append(key) }
            maps.append(map)
        }
        var text = header.map { quoted($0) }.joined(separator: ",") + "\r\n"
        for map in maps {
            text += header.map { quoted(try? cell(map[$0])) }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    private static func cell(_ value: Value?) throws -> String {
        switch value {
        case nil, .null?: ""
        case .string(let text)?: text
        case let value?: try JSONPrinter.format(value)
        }
    }

    private static func quoted(_ cell: String?) -> String {
        let cell = cell ?? ""
        let needsQuotes = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
