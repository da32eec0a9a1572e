extension JSONSchema {
    /// Query-string values as AJV's `coerceTypes: "array"` reads them against an object schema of
    /// parameters: `"10"` → 10 for a number, `"true"` → true, one value → a list where a list is
    /// wanted, and a repeated name → a list. Values that cannot be coerced stay strings and fail
    /// validation with the type's message.
    func coerceQuery(_ query: [String: [String]]) -> JSONObject {
        var object = JSONObject()
        for (name, values) in query.sorted(by: { $0.key < $1.key }) {
            let schema = propertyIndex[name]
            if let schema, schema.types.contains("array") {
                object[name] = .array(values.map { schema.items?.coerce($0) ?? .string($0) })
            } else if values.count == 1 {
                object[name] = schema?.coerce(values[0]) ?? .string(values[0])
            } else {
                object[name] = .array(values.map { .string($0) })
            }
        }
        return object
    }

    /// One query value coerced to the first of the schema's types it can be read as.
    func coerce(_ text: String) -> JSON {
        for type in types {
            switch type {
            case "string": return .string(text)
            case "integer": if let value = Int(text) { return .int(value) }
            case "number":
                if let value = Int(text) { return .int(value) }
                if let value = Double(text), value.isFinite { return .double(value) }
            case "boolean":
                if text == "true" { return .bool(true) }
                if text == "false" { return .bool(false) }
            case "null": if text.isEmpty { return .null }
            default: break
            }
        }
        return .string(text)
    }
}
