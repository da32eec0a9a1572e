import InstLanguage

/// A request body as the text plan shows it: a JSON object's fields folded onto lines of at
/// most ``longestLine`` characters, long strings cut with `…`. Never the whole of a long email body.
///
///     {"campaign": "910a2dec-…", "email": "maria.chen@harbor-health.test", "last_name": "Chen",
///      "first_name": "Maria", "skip_if_in_campaign": true}
enum PlanBodyFolding {
    /// Strings longer than this are cut.
    static let longestString = 60
    /// Lines longer than this are cut.
    static let longestLine = 100

    /// The lines showing `body` (none without one).
    static func lines(_ body: [UInt8]?) -> [String] {
        guard let body, !body.isEmpty else { return [] }
        guard let value = try? JSONParser.parse(body) else {
            return [cut(String(decoding: body.prefix(longestLine * 4), as: UTF8.self), to: longestLine)]
        }
        let shortened = shorten(value, depth: 0)
        guard case .map(let fields) = shortened, !fields.isEmpty else { return [cut(format(shortened), to: longestLine)] }
        let last = fields.count - 1
        var lines: [String] = []
        var line = "{"
        for (index, (key, field)) in fields.entries.enumerated() {
            let piece = cut(format(.string(key)) + ": " + format(field), to: longestLine - 2) + (index == last ? "}" : ",")
            if index == 0 {
                line += piece
            } else if line.count + 1 + piece.count > longestLine {
                lines.append(line)
                line = " " + piece
            } else {
                line += " " + piece
            }
        }
        lines.append(line)
        return lines
    }

    private static func format(_ value: Value) -> String {
        (try? JSONPrinter.format(value)) ?? ""
    }

    /// `value` with every long string cut (bounded depth: deeper values become `…`).
    static func shorten(_ value: Value, depth: Int) -> Value {
        guard depth < 16 else { return "…" }
        switch value {
        case .string(let text):
            return .string(cut(text, to: longestString))
        case .list(let elements):
            return .list(elements.map { shorten($0, depth: depth + 1) })
        case .map(let fields):
            return .map(ValueMap(fields.entries.map { ($0, shorten($1, depth: depth + 1)) }))
        default:
            return value
        }
    }

    /// `text` on one line, at most `limit` characters, the last one `…` when cut.
    static func cut(_ text: String, to limit: Int) -> String {
        let flat = text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
        guard flat.count > limit else { return flat }
        return flat.prefix(limit - 1) + "…"
    }
}
