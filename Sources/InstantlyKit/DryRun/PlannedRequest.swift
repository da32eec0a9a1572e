import InstLanguage
import InstTransport

/// A request as the dry-run advice reads it: its body decoded, its path's placeholder values.
struct PlannedRequest {
    let request: TransportRequest
    /// The body's fields when it is a JSON object; empty otherwise.
    let fields: ValueMap

    init(_ request: TransportRequest) {
        self.request = request
        if let body = request.body, case .map(let fields)? = try? JSONParser.parse(body) {
            self.fields = fields
        } else {
            self.fields = ValueMap()
        }
    }

    var operation: String { request.operationID }

    /// The body field `name` when it is a non-empty string.
    func string(_ name: String) -> String? {
        if case .string(let text)? = fields[name], !text.isEmpty { return text }
        return nil
    }

    /// The path's value for each `{name}` of the template: `/api/v2/campaigns/{id}/pause` → `id`.
    /// Left percent-encoded: the ids compared with them (Instantly's UUIDs, placeholders) need none.
    var pathValues: [String: String] {
        let template = request.pathTemplate.rawValue.split(separator: "/", omittingEmptySubsequences: false)
        let path = request.path.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == path.count else { return [:] }
        var values: [String: String] = [:]
        for (name, value) in zip(template, path) where name.hasPrefix("{") && name.hasSuffix("}") {
            values[String(name.dropFirst().dropLast())] = String(value)
        }
        return values
    }

    /// The `{id}` of the path, if the template has one.
    var pathID: String? { pathValues["id"] }
}
