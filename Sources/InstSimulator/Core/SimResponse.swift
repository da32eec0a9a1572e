import InstTransport

/// A route handler's answer: a status, extra headers and a JSON body (or none).
public struct SimResponse: Sendable {
    public var status: Int
    public var headers: HeaderFields
    public var body: JSON?

    public init(status: Int = 200, headers: HeaderFields = HeaderFields(), body: JSON?) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// 200 with `body`.
    public static func ok(_ body: JSON) -> SimResponse {
        SimResponse(body: body)
    }

    /// A page of a list: `{items, next_starting_after}` as every Instantly list answers.
    public static func page(_ items: [JSON], next cursor: String?) -> SimResponse {
        var object = JSONObject()
        object["items"] = .array(items)
        if let cursor { object["next_starting_after"] = .string(cursor) }
        return SimResponse(body: .object(object))
    }

    /// The transport's view: JSON bytes with `Content-Type: application/json`.
    var transportResponse: TransportResponse {
        var headers = headers
        guard let body else { return TransportResponse(status: status, headers: headers) }
        headers["Content-Type"] = "application/json; charset=utf-8"
        return TransportResponse(status: status, headers: headers, body: body.serialized)
    }
}
