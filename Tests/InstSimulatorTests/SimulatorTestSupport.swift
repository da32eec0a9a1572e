import InstTransport
@testable import InstSimulator

/// Requests as a well-behaved client sends them: a named User-Agent and a bearer key.
enum Call {
    static let userAgent = "inst-tests/1.0"

    static func make(
        _ method: HTTPMethod, _ path: String, query: [QueryItem] = [], json: JSON? = nil,
        key: String? = "owner-key", userAgent: String? = Call.userAgent, contentType: String? = nil, rawBody: [UInt8]? = nil
    ) -> TransportRequest {
        var headers = HeaderFields()
        if let userAgent { headers["User-Agent"] = userAgent }
        if let key { headers["Authorization"] = "Bearer " + key }
        let body = rawBody ?? json?.serialized
        if let type = contentType ?? (body != nil ? "application/json" : nil) { headers["Content-Type"] = type }
        return TransportRequest(service: .instantly, method: method, pathTemplate: PathTemplate(path), path: path, query: query,
                                headers: headers, body: body, operationID: "test", effect: method == .get ? .read : .write)
    }
}

extension Simulator {
    /// A simulator for tests: virtual time only for rate limits, no real waiting.
    static func testing(seed: UInt64 = 1, faults: FaultPlan = FaultPlan(), demo: Bool = true, rateLimits: RateLimits = .documented) -> Simulator {
        Simulator(configuration: SimulatorConfiguration(seed: seed, faults: faults, demoWorkspace: demo, rateLimits: rateLimits, elapsed: { .zero }, sleep: { _ in }))
    }

    /// Sends and decodes the answer's JSON (`.null` when it is not JSON).
    func call(_ request: TransportRequest) async throws -> (status: Int, json: JSON, response: TransportResponse) {
        let response = try await send(request)
        return (response.status, JSON(parsing: response.body) ?? .null, response)
    }

    func call(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [], json: JSON? = nil, key: String? = "owner-key") async throws -> (status: Int, json: JSON, response: TransportResponse) {
        try await call(Call.make(method, path, query: query, json: json, key: key))
    }

    /// The demo campaign with this name.
    func campaign(named name: String) async throws -> JSON {
        let answer = try await call(.get, "/api/v2/campaigns", query: [QueryItem(name: "search", value: name)])
        return answer.json["items"]?.arrayValue?.first ?? .null
    }
}
