import InstLanguage

extension JSONSchema {
    /// The ways `value` breaks this schema, in the order found; empty when it conforms.
    ///
    /// `path` is the caller's name for the value (`body`, `limit`); violations inside it extend it
    /// with `.field` and `[index]`. Only as deep as the schema goes is looked at. A stream is taken
    /// as a list without reading it, so its elements and count are not checked: materialize it
    /// first to have them checked.
    ///
    ///     schema.validate(["limit": 500], at: "query")
    ///     // [query.limit: 500 is above the maximum 100]
    public func validate(_ value: Value, at path: String = "") -> [SchemaViolation] {
        var violations: [SchemaViolation] = []
        check(value, at: path, into: &violations)
        return violations
    }

    func check(_ value: Value, at path: String, into violations: inout [SchemaViolation]) {
        guard type.admits(value) else {
            violations.append(SchemaViolation(
                path: path, kind: .type, message: "expected \(type.phrase), got \(value.typeName)"))
            return
        }
        if let enumValues, !enumValues.contains(value) {
            let (message, suggestion) = Self.notAllowedMessage(value, allowed: enumValues)
            violations.append(SchemaViolation(path: path, kind: .notAllowed, message: message, suggestion: suggestion))
            return
        }
        switch value {
        case .int(let number): checkBounds(Double(number), shown: value, at: path, into: &violations)
        case .float(let number): checkBounds(number, shown: value, at: path, into: &violations)
        case .string(let text): checkString(text, at: path, into: &violations)
        case .list(let elements): checkList(elements, at: path, into: &violations)
        case .map(let map): checkMap(map, at: path, into: &violations)
        case .null, .bool, .stream, .callable: break
        }
        checkAlternatives(value, at: path, into: &violations)
    }

    /// `"opens" is not allowed; use one of "reply_rate", …` for a short enum; for a long one
    /// `"America/New_York" is not one of the 102 allowed values` with the suggestion
    /// `the closest: "America/…", …` (by spelling).
    static func notAllowedMessage(_ value: Value, allowed: [Value]) -> (message: String, suggestion: String?) {
        let labels = allowed.map(\.shortLiteral)
        guard labels.count > 8 else {
            return ("\(value.shortLiteral) is not allowed; use one of \(labels.joined(separator: ", "))", nil)
        }
        let closest = text(of: value).map { wanted in
            Suggestions.ranked(wanted, among: allowed.map { text(of: $0) ?? "" }, limit: 5).map { labels[$0] }
        } ?? Array(labels.prefix(5))
        return ("\(value.shortLiteral) is not one of the \(labels.count) allowed values",
                "the closest: " + closest.joined(separator: ", ") + ", …")
    }

    /// The text of a string value; nil for anything else.
    private static func text(of value: Value) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// `path.name`, or `name` at the top.
    static func field(_ name: String, of path: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }
}

extension Value {
    /// A short form for messages: scalars as literals (long strings cut), containers by their type.
    /// Never reads a stream.
    var shortLiteral: String {
        switch self {
        case .null, .bool, .int, .float:
            return formattedLiteral()
        case .string(let text):
            let cut = text.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(57))) + "…" : text
            return Value.string(cut).formattedLiteral()
        case .list, .stream, .map, .callable:
            return "a \(typeName)"
        }
    }
}
