import InstLanguage

extension JSONSchema {
    func checkBounds(_ number: Double, shown value: Value, at path: String, into violations: inout [SchemaViolation]) {
        if let minimum, number < minimum {
            violations.append(SchemaViolation(
                path: path, kind: .bounds, message: "\(value.shortLiteral) is below the minimum \(Self.show(minimum))"))
        }
        if let maximum, number > maximum {
            violations.append(SchemaViolation(
                path: path, kind: .bounds, message: "\(value.shortLiteral) is above the maximum \(Self.show(maximum))"))
        }
    }

    func checkString(_ text: String, at path: String, into violations: inout [SchemaViolation]) {
        let shown = Value.string(text).shortLiteral
        let length = text.unicodeScalars.count
        if let minLength, length < minLength {
            violations.append(SchemaViolation(
                path: path, kind: .bounds, message: "\(shown) is shorter than \(Self.count(minLength, "character"))"))
        }
        if let maxLength, length > maxLength {
            violations.append(SchemaViolation(
                path: path, kind: .bounds, message: "\(shown) is longer than \(Self.count(maxLength, "character"))"))
        }
        if let pattern, let regex = try? Regex(pattern), !text.contains(regex) {
            violations.append(SchemaViolation(path: path, kind: .format, message: "\(shown) does not match \(pattern)"))
        }
        if let format, let known = StringFormat(rawValue: format), !known.matches(text) {
            violations.append(SchemaViolation(path: path, kind: .format, message: "\(shown) is not \(known.phrase)"))
        }
    }

    /// `100`, or `0.5`: bounds as the spec wrote them.
    static func show(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// `1 character`, `3 items`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
