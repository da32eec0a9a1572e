/// What the official GoHighLevel contacts and workflows specs say about each operation, as the
/// simulator needs it: generated into ``operations`` by `scripts/gen-simulator-highlevel`.
enum HighLevelSpec {}

/// One operation of the GoHighLevel specs: its route, its body's properties (name and JSON type,
/// empty when any type goes), the required ones, and the required query parameters.
struct HighLevelOperation: Sendable {
    let method: String
    let path: String
    /// `nil` when the operation takes no body.
    let body: [(name: String, type: String)]?
    let required: [String]
    let bodyRequired: Bool
    let query: [String]

    init(_ method: String, _ path: String, body: [(String, String)]?, required: [String], bodyRequired: Bool, query: [String]) {
        self.method = method
        self.path = path
        self.body = body?.map { (name: $0.0, type: $0.1) }
        self.required = required
        self.bodyRequired = bodyRequired
        self.query = query
    }

    /// The body's problems in class-validator's words, as GoHighLevel's 422 lists them:
    /// `property X should not exist`, `dnd must be a boolean`, `email must be an email`,
    /// `locationId should not be empty`.
    func problems(in body: JSONObject) -> [String] {
        let known = Dictionary((self.body ?? []).map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for (name, value) in body {
            guard let type = known[name] else { problems.append("property \(name) should not exist"); continue }
            if !value.isNull, !type.isEmpty, !Self.value(value, isA: type) { problems.append("\(name) must be \(Self.article(type)) \(type)") }
            if name == "email", let email = value.stringValue, !email.isEmpty, !Self.looksLikeEmail(email) { problems.append("email must be an email") }
        }
        for name in required where body[name] == nil || body[name] == .null || body[name] == .string("") {
            problems.append("\(name) should not be empty")
        }
        return problems
    }

    private static func value(_ value: JSON, isA type: String) -> Bool {
        switch type {
        case "string": value.stringValue != nil
        case "boolean": value.boolValue != nil
        case "number", "integer": value.doubleValue != nil
        case "array": value.arrayValue != nil
        case "object": value.objectValue != nil
        default: true
        }
    }

    /// class-validator's `IsEmail`, roughly: one `@`, something before it, a dotted domain after it.
    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    private static func article(_ type: String) -> String {
        type.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
