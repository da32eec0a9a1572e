/// The string formats the catalogs check. Other formats a spec names are not checked (JSON Schema
/// makes `format` an annotation unless a validator opts in), and these checks are loose: they
/// catch a value that is plainly something else (a name where an id belongs), not every invalid one.
enum StringFormat: String {
    case uuid
    case email
    case date
    case dateTime = "date-time"
    case uri

    /// `a uuid`, for `"Q4" is not a uuid`.
    var phrase: String {
        switch self {
        case .uuid: "a uuid"
        case .email: "an email address"
        case .date: "a date (YYYY-MM-DD)"
        case .dateTime: "a date-time (YYYY-MM-DDTHH:MM:SSZ)"
        case .uri: "a URI"
        }
    }

    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        switch self {
        case .uuid: return Self.isUUID(scalars)
        case .email: return Self.isEmail(scalars)
        case .date: return Self.isDate(scalars[...])
        case .dateTime: return scalars.count > 11 && Self.isDate(scalars[..<10]) && "Tt ".unicodeScalars.contains(scalars[10])
        case .uri: return Self.hasScheme(scalars)
        }
    }

    /// 8-4-4-4-12 hexadecimal digits.
    private static func isUUID(_ scalars: [Unicode.Scalar]) -> Bool {
        let dashes: Set = [8, 13, 18, 23]
        guard scalars.count == 36 else { return false }
        return scalars.enumerated().allSatisfy { position, scalar in
            dashes.contains(position) ? scalar == "-" : scalar.properties.isASCIIHexDigit
        }
    }

    /// Something, one `@`, something with no spaces.
    private static func isEmail(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let at = scalars.firstIndex(of: "@"), at > 0, at < scalars.count - 1 else { return false }
        return !scalars.contains { $0 == " " || $0 == "\n" } && !scalars[(at + 1)...].contains("@")
    }

    /// `YYYY-MM-DD`, month 01–12, day 01–31.
    private static func isDate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// `scheme:` with a letter first (RFC 3986).
    private static func hasScheme(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]) else { return false }
        return scalars[..<colon].allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
