import TOMLKit

/// Reads typed values out of one TOML table, turning a missing key into `nil` and a wrong type
/// or invalid value into a ``ConfigurationError`` that names the file, line, table and key.
struct TOMLTableReader {
    let table: TOMLTable
    /// The table's dotted name (`profiles.acme`; empty for the top level).
    let name: String
    let path: String
    let lines: TOMLKeyLines

    func location(_ key: String) -> ConfigurationError.Location {
        .init(path: path, line: lines.line(of: key, in: name), table: name, key: key)
    }

    /// Refuses the first key (in file order, as far as it can be found) not in `known`.
    func checkKeys(_ known: [String]) throws(ConfigurationError) {
        let unknown = table.keys.filter { !known.contains($0) }
        guard let first = unknown.min(by: { (lines.line(of: $0, in: name) ?? .max) < (lines.line(of: $1, in: name) ?? .max) })
        else { return }
        throw .unknownKey(location(first), known: known)
    }

    func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string, !text.allSatisfy(\.isWhitespace) else { throw .invalidValue(location(key), expected: "a non-empty string") }
        return text
    }

    /// A string that must pass `isValid`, described by `expected` when it does not.
    func string(_ key: String, expected: String, isValid: (String) -> Bool) throws(ConfigurationError) -> String? {
        guard let text = try string(key) else { return nil }
        guard isValid(text) else { throw .invalidValue(location(key), expected: expected) }
        return text
    }

    func positiveInt(_ key: String) throws(ConfigurationError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, number > 0 else { throw .invalidValue(location(key), expected: "a positive whole number") }
        return number
    }

    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw .invalidValue(location(key), expected: "true or false") }
        return flag
    }

    /// A list of non-empty strings; `example` shows the form in the message.
    func strings(_ key: String, example: String) throws(ConfigurationError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw .invalidValue(location(key), expected: "a list of strings such as \(example)") }
        var items: [String] = []
        for item in array {
            guard let text = item.string, !text.allSatisfy(\.isWhitespace) else {
                throw .invalidValue(location(key), expected: "a list of non-empty strings such as \(example)")
            }
            items.append(text)
        }
        return items
    }

    /// The table under `key` (e.g. `profiles`), or `nil` when absent.
    func table(_ key: String, expected: String) throws(ConfigurationError) -> TOMLTableReader? {
        guard let value = table[key] else { return nil }
        guard let nested = value.table else { throw .invalidValue(location(key), expected: expected) }
        return TOMLTableReader(table: nested, name: name.isEmpty ? key : "\(name).\(key)", path: path, lines: lines)
    }
}
