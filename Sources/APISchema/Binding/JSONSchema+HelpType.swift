import InstLanguage

extension JSONSchema {
    /// How many enum values a help type lists before summarising the rest.
    static let listedEnumCount = 8

    /// A short type for help and completion: `uuid`, `int 1–100`, `"a"|"b"`, `list of uuid`,
    /// `map`, `bool`, `string`; a long enum lists a few values and the count.
    public var helpType: String {
        if let enumValues, !enumValues.isEmpty {
            let labels = enumValues.map(\.shortLiteral)
            guard labels.count > Self.listedEnumCount else { return labels.joined(separator: "|") }
            return labels.prefix(4).joined(separator: "|") + "|… (\(labels.count) values)"
        }
        if let format, type.isSubset(of: [.string, .null]) { return format }
        var words = JSONType.words.filter { type.contains($0.type) && $0.type != .null }.map(\.word)
        if type.contains(.integer) { words.removeAll { $0 == "number" } }
        if words.isEmpty { return type == .null ? "null" : "any" }
        if words == ["list"], let items { return "list of " + items.helpType }
        return words.joined(separator: "|") + boundsPhrase
    }

    /// ` 1–100`, ` ≥ 1`, ` ≤ 100`, or nothing.
    private var boundsPhrase: String {
        switch (minimum, maximum) {
        case let (low?, high?): " \(Self.show(low))–\(Self.show(high))"
        case let (low?, nil): " ≥ \(Self.show(low))"
        case let (nil, high?): " ≤ \(Self.show(high))"
        case (nil, nil): ""
        }
    }
}
