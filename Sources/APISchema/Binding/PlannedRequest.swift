import InstLanguage
import InstTransport

/// A request as a service's dry-run advice reads it: its body decoded, its path's values.
public struct PlannedRequest {
    public let request: TransportRequest
    /// The body's fields when it is a JSON object; empty otherwise.
    public let fields: ValueMap

    public init(_ request: TransportRequest) {
        self.request = request
        if let body = request.body, case .map(let fields)? = try? JSONParser.parse(body) {
            self.fields = fields
        } else {
            self.fields = ValueMap()
        }
    }

    public var operation: String { request.operationID }

    /// The body field `name` when it is a non-empty string.
    public func string(_ name: String) -> String? {
        if case .string(let text)? = fields[name], !text.isEmpty { return text }
        return nil
    }

    /// The path's value for each `{name}` of the template: `/api/v2/campaigns/{id}/pause` → `id`.
    /// Left percent-encoded: the ids compared with them (UUIDs, placeholders) need none.
    public var pathValues: [String: String] {
        let template = request.pathTemplate.rawValue.split(separator: "/", omittingEmptySubsequences: false)
        let path = request.path.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == path.count else { return [:] }
        var values: [String: String] = [:]
        for (name, value) in zip(template, path) where name.hasPrefix("{") && name.hasSuffix("}") {
            values[String(name.dropFirst().dropLast())] = String(value)
        }
        return values
    }
}
