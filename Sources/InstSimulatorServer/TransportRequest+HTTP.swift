import HTTPTypes
import Hummingbird
import InstTransport

extension TransportRequest {
    /// The request an HTTP client sent, as the simulator reads it: the service from the path
    /// (`/api/v2/…` is Instantly, anything else GoHighLevel), the method, the path as sent (still
    /// percent-encoded, as an in-process caller gives it), the query decoded with repeats kept,
    /// every header, and the body (`nil` when there is none).
    ///
    /// The simulator routes on the path, so the operation is unknown here: `operationID` is empty,
    /// the path is its own template and the effect is `.read`.
    init(head: HTTPRequest, body: [UInt8]) {
        let target = head.path ?? "/"
        let path: Substring, query: Substring
        if let mark = target.firstIndex(of: "?") {
            path = target[..<mark]
            query = target[target.index(after: mark)...]
        } else {
            path = target[...]
            query = ""
        }
        var headers = HeaderFields()
        // HTTP/1.1's Host header is the request's authority in HTTPTypes.
        if let authority = head.authority { headers.append(authority, for: "Host") }
        for field in head.headerFields {
            headers.append(field.value, for: field.name.rawName)
        }
        self.init(
            service: path.hasPrefix("/api/v2/") || path == "/api/v2" ? .instantly : .highLevel,
            method: InstTransport.HTTPMethod(rawValue: head.method.rawValue),
            pathTemplate: PathTemplate(String(path)),
            query: QueryString.items(query),
            headers: headers,
            body: body.isEmpty ? nil : body,
            operationID: "",
            effect: .read
        )
    }
}
