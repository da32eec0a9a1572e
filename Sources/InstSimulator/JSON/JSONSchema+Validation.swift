import Foundation

extension JSONSchema {
    /// One failed check: where (`/campaign_schedule/schedules/0/timezone`) and what (AJV's words).
    struct Violation: Error, Equatable {
        var path: String
        var message: String

        /// Fastify's message: `body/limit must be <= 100`, `body must have required property 'email'`.
        func message(in part: String) -> String {
            "\(part)\(path) \(message)"
        }
    }

    /// The first violation of `value` against this schema, checked in AJV's order, or `nil`.
    func validate(_ value: JSON, at path: String = "") -> Violation? {
        func fail(_ message: String) -> Violation { Violation(path: path, message: message) }
        if !types.isEmpty, !types.contains(where: { Self.matches(value, type: $0) }) {
            return fail("must be \(types.joined(separator: ","))")
        }
        if let constant, constant != value { return fail("must be equal to constant") }
        if let allowed, !allowed.contains(where: { Self.equal($0, value) }) {
            return fail("must be equal to one of the allowed values")
        }
        if let violation = validateByType(value, at: path) { return violation }
        for schema in allOf { if let violation = schema.validate(value, at: path) { return violation } }
        if !anyOf.isEmpty, !anyOf.contains(where: { $0.validate(value, at: path) == nil }) {
            return fail("must match a schema in anyOf")
        }
        if !oneOf.isEmpty, oneOf.filter({ $0.validate(value, at: path) == nil }).count != 1 {
            return fail("must match exactly one schema in oneOf")
        }
        return nil
    }

    private func validateByType(_ value: JSON, at path: String) -> Violation? {
        func fail(_ message: String) -> Violation { Violation(path: path, message: message) }
        switch value {
        case .int, .double:
            let number = value.doubleValue ?? 0
            if let maximum, number > maximum { return fail("must be <= \(Self.format(maximum))") }
            if let minimum, number < minimum { return fail("must be >= \(Self.format(minimum))") }
            if let exclusiveMaximum, number >= exclusiveMaximum { return fail("must be < \(Self.format(exclusiveMaximum))") }
            if let exclusiveMinimum, number <= exclusiveMinimum { return fail("must be > \(Self.format(exclusiveMinimum))") }
        case .string(let text):
            let length = text.unicodeScalars.count
            if let maxLength, length > maxLength { return fail("must NOT have more than \(maxLength) characters") }
            if let minLength, length < minLength { return fail("must NOT have fewer than \(minLength) characters") }
            if let pattern, pattern.regex.expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                return fail("must match pattern \"\(pattern.text)\"")
            }
            if let format, !JSONFormat.matches(text, format: format) { return fail("must match format \"\(format)\"") }
        case .array(let elements):
            if let maxItems, elements.count > maxItems { return fail("must NOT have more than \(maxItems) items") }
            if let minItems, elements.count < minItems { return fail("must NOT have fewer than \(minItems) items") }
            if let items {
                for (index, element) in elements.enumerated() {
                    if let violation = items.validate(element, at: "\(path)/\(index)") { return violation }
                }
            }
        case .object(let object):
            return validateObject(object, at: path)
        case .null, .bool:
            break
        }
        return nil
    }

    private func validateObject(_ object: JSONObject, at path: String) -> Violation? {
        func fail(_ message: String) -> Violation { Violation(path: path, message: message) }
        for name in required where object[name] == nil { return fail("must have required property '\(name)'") }
        if let maxProperties, object.count > maxProperties { return fail("must NOT have more than \(maxProperties) properties") }
        if let minProperties, object.count < minProperties { return fail("must NOT have fewer than \(minProperties) properties") }
        for (name, value) in object where propertyIndex[name] == nil {
            if !additionalAllowed { return fail("must NOT have additional properties") }
            if let additionalSchema, let violation = additionalSchema.validate(value, at: "\(path)/\(Self.escape(name))") {
                return violation
            }
        }
        for (name, schema) in properties {
            guard let value = object[name] else { continue }
            if let violation = schema.validate(value, at: "\(path)/\(Self.escape(name))") { return violation }
        }
        return nil
    }

    static func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("number", .int), ("number", .double), ("integer", .int): true
        case ("integer", .double(let number)): number.rounded() == number
        default: false
        }
    }

    /// Enum members compare as JSON values, numbers by value (`1` equals `1.0`).
    private static func equal(_ lhs: JSON, _ rhs: JSON) -> Bool {
        if let left = lhs.doubleValue, let right = rhs.doubleValue { return left == right }
        return lhs == rhs
    }

    /// `100`, `0.5` — as JavaScript prints numbers.
    private static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// JSON Pointer escaping of a property name in a path.
    private static func escape(_ name: String) -> String {
        name.contains("~") || name.contains("/") ? name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") : name
    }
}
