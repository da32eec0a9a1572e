import InstLanguage

extension JSONSchema {
    /// How many allowed field names an unknown-field message lists.
    static let listedFieldCount = 6

    func checkList(_ elements: [Value], at path: String, into violations: inout [SchemaViolation]) {
        if let minItems, elements.count < minItems {
            violations.append(SchemaViolation(
                path: path, kind: .bounds,
                message: "has \(Self.count(elements.count, "item")); at least \(minItems) needed"))
        }
        if let maxItems, elements.count > maxItems {
            violations.append(SchemaViolation(
                path: path, kind: .bounds,
                message: "has \(Self.count(elements.count, "item")); at most \(maxItems) allowed"))
        }
        guard let items else { return }
        for (position, element) in elements.enumerated() {
            items.check(element, at: "\(path)[\(position)]", into: &violations)
        }
    }

    func checkMap(_ map: ValueMap, at path: String, into violations: inout [SchemaViolation]) {
        if let minProperties, map.count < minProperties {
            violations.append(SchemaViolation(
                path: path, kind: .bounds,
                message: "has \(Self.count(map.count, "field")); at least \(minProperties) needed"))
        }
        for name in required where map[name] == nil {
            violations.append(SchemaViolation(path: Self.field(name, of: path), kind: .missing, message: "required, but missing"))
        }
        for (name, value) in zip(map.keys, map.values) {
            let fieldPath = Self.field(name, of: path)
            if let schema = property(name) {
                schema.check(value, at: fieldPath, into: &violations)
                continue
            }
            switch additionalProperties {
            case .allowed: break
            case .schema(let schema): schema.check(value, at: fieldPath, into: &violations)
            case .forbidden:
                violations.append(SchemaViolation(path: fieldPath, kind: .unknownField, message: unknownFieldMessage(name)))
            }
        }
    }

    /// `unknown field; allowed: name, …` with the names closest to the unknown one first.
    func unknownFieldMessage(_ name: String) -> String {
        guard !properties.isEmpty else { return "unknown field; no fields are allowed here" }
        let names = properties.map(\.name)
        let listed = Suggestions.ranked(name, among: names, limit: Self.listedFieldCount).map { names[$0] }
        let more = names.count > listed.count ? ", … (\(names.count) in all)" : ""
        return "unknown field; allowed: " + listed.joined(separator: ", ") + more
    }
}
