import InstLanguage
import InstTransport

/// A GoHighLevel request as the dry-run advice reads it: its body decoded, its path's values.
struct HighLevelPlannedCall {
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

    /// The path's value for each `{name}` of the template: `/contacts/{contactId}/tags` → `contactId`.
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

    /// The contact the path names, if it names one.
    var contactID: String? { pathValues["contactId"] }
}
