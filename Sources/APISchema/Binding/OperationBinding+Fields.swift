import InstLanguage

extension OperationBinding {
    /// How deep the help's field listing goes inside a parameter, and how many lines it shows.
    static let fieldDepth = 4
    static let fieldLines = 80

    /// The fields inside the map and list parameters, one line each with its type and whether
    /// it is required: `campaign_schedule.schedules[].timezone  "Etc/GMT+12"|… (102 values), required`.
    /// Empty when no parameter has inner fields.
    var innerFieldListing: [String] {
        var rows: [(path: String, type: String)] = []
        for slot in slots where slot.destination == .bodyField || slot.destination == .query {
            Self.collectFields(of: slot.schema, at: slot.name, depth: 1, into: &rows)
        }
        guard !rows.isEmpty else { return [] }
        let shown = rows.prefix(Self.fieldLines)
        let width = shown.map(\.path.count).max() ?? 0
        var lines = shown.map { "  " + $0.path + String(repeating: " ", count: width - $0.path.count + 2) + $0.type }
        if rows.count > shown.count { lines.append("  … and \(rows.count - shown.count) more") }
        return lines
    }

    private static func collectFields(
        of schema: JSONSchema, at path: String, depth: Int, into rows: inout [(path: String, type: String)]
    ) {
        guard depth <= fieldDepth else { return }
        if schema.type.contains(.array), let items = schema.items {
            collectFields(of: items, at: path + "[]", depth: depth, into: &rows)
            return
        }
        for (name, field) in schema.properties {
            let fieldPath = path + "." + name
            let required = schema.required.contains(name) ? ", required" : ""
            rows.append((fieldPath, field.helpType + required))
            collectFields(of: field, at: fieldPath, depth: depth + 1, into: &rows)
        }
    }
}
