/// What `sort-by`, `group-by`, `uniq` and `sum` look at in each row: a field (`sent`,
/// or a dotted path `stats.sent`) or the result of a block (`{ $it.sent / $it.total }`).
enum RowKey {
    case field(String)
    case block(Callable)
}

extension Invocation {
    /// The value `key` selects from `row`, or the row itself when there is no key.
    func key(_ key: RowKey?, of row: Value) throws -> Value {
        switch key {
        case nil: return row
        case .block(let block)?: return try context.call(block, with: row)
        case .field(let field)?:
            return try self.field(field, of: row, hint: "for values that are not maps, pass a block instead, e.g. { $it }")
        }
    }

    /// `row.field`: `null` when the row is `null` or lacks the field (a dotted name walks into nested maps).
    func field(_ field: String, of row: Value, hint: String? = nil) throws -> Value {
        switch row {
        case .null:
            return .null
        case .map(let map):
            if let value = map[field] { return value }
            guard field.contains(".") else { return .null }
            var current = row
            for part in field.split(separator: ".", omittingEmptySubsequences: false) {
                guard case .map(let nested) = current else { return .null }
                current = nested[String(part)] ?? .null
            }
            return current
        default:
            throw error("rows must be maps to read the field `\(field)`, not \(row.typeWithArticle)", hint: hint)
        }
    }
}
