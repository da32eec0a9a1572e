/// Finds the line a key stands on in a TOML text, for messages: TOMLKit reports positions for
/// syntax errors only. Handles `[table]` headers and `key = …` lines (bare or quoted keys);
/// dotted keys and inline tables are not located (the message then names the file alone).
struct TOMLKeyLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The 1-based line of `key` in `table` (`profiles.acme`; empty for the top level).
    func line(of key: String, in table: String) -> Int? {
        var current = ""
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace()
            if line.hasPrefix("[") {
                current = Self.normalized(line.drop { $0 == "[" }.prefix { $0 != "]" })
            } else if current == table, let equals = line.firstIndex(of: "="),
                      Self.normalized(line[..<equals]) == key {
                return index + 1
            }
        }
        return nil
    }

    /// A key or table name without quotes and spaces.
    private static func normalized(_ name: some StringProtocol) -> String {
        String(name.filter { $0 != "\"" && $0 != "'" && !$0.isWhitespace })
    }
}
