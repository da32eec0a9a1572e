import InstTransport
@testable import InstSimulator

/// GoHighLevel requests as a well-behaved client sends them: a bearer token and `Version: 2021-07-28`.
enum HighLevelCall {
    static func make(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [], json: JSON? = nil,
                     token: String? = "location-token", version: String? = "2021-07-28") -> TransportRequest {
        var headers = HeaderFields()
        headers["User-Agent"] = Call.userAgent
        if let token { headers["Authorization"] = "Bearer " + token }
        if let version { headers["Version"] = version }
        if json != nil { headers["Content-Type"] = "application/json" }
        return TransportRequest(service: .highLevel, method: method, pathTemplate: PathTemplate(path), path: path, query: query,
                                headers: headers, body: json?.serialized, operationID: "test", effect: method == .get ? .read : .write)
    }
}

extension Simulator {
    func ghl(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [], json: JSON? = nil,
             token: String? = "location-token", version: String? = "2021-07-28") async throws -> (status: Int, json: JSON, response: TransportResponse) {
        try await call(HighLevelCall.make(method, path, query: query, json: json, token: token, version: version))
    }

    /// Creates a contact in `loc_northwind` and answers its id.
    func ghlContact(_ fields: JSONObject) async throws -> String {
        var body = fields
        body["locationId"] = "loc_northwind"
        return try await ghl(.post, "/contacts/", json: .object(body)).json["contact"]?["id"]?.stringValue ?? ""
    }
}
