import InstTransport

extension InstantlyService {
    /// Any non-empty bearer token is the owner's key (`all:all`), unless it is a key made through
    /// `POST /api/v2/api-keys`, which carries exactly its scopes. No token: 401.
    static func authenticate(_ headers: HeaderFields, in workspace: InstantlyWorkspace) throws(SimError) -> APIKeyGrant {
        let value = headers["Authorization"] ?? ""
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw SimError.unauthorized(value.isEmpty ? "Missing API key: send Authorization: Bearer <key>" : "Invalid authorization header: expected Bearer <key>")
        }
        let token = parts[1].trimmingSpaces
        guard !token.isEmpty else { throw SimError.unauthorized("Missing API key: send Authorization: Bearer <key>") }
        for id in workspace.apiKeys.ids {
            guard let key = workspace.apiKeys[id], key["key"]?.stringValue == token else { continue }
            return .scoped(id: id, scopes: key["scopes"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        return .owner
    }

    /// 403 naming the scopes that would allow the route, for a key that holds none of them.
    static func authorize(_ key: APIKeyGrant, for route: Route<InstantlyWorkspace>, spec: SpecOperation?) throws(SimError) {
        let scopes = spec?.scopes ?? route.scopes
        guard !key.allows(anyOf: scopes) else { return }
        throw SimError.forbidden(
            "API key does not have the required scope for \(route.method.rawValue) \(route.pattern). Requires one of the following scopes: \(scopes.joined(separator: ", "))"
        )
    }

    /// Fastify's content-type parsing: a JSON content type with an empty body or a body that is not
    /// JSON is a 400; a body with another content type is a 415. No body and no content type is fine.
    static func checkBody(_ request: SimRequest) throws(SimError) {
        let contentType = request.headers["Content-Type"]?.lowercased()
        let isJSON = contentType.map { $0.hasPrefix("application/json") || $0.contains("+json") } ?? false
        let bytes = request.rawBody ?? []
        if isJSON {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw .fastify(400, code: "FST_ERR_CTP_EMPTY_JSON_BODY", "Body cannot be empty when content-type is set to 'application/json'")
            }
            if request.body == nil {
                throw .fastify(400, code: "FST_ERR_CTP_INVALID_JSON_BODY", "Body is not valid JSON but content-type is set to 'application/json'")
            }
        } else if !bytes.isEmpty {
            throw .fastify(415, code: "FST_ERR_CTP_INVALID_MEDIA_TYPE", "Unsupported Media Type: \(contentType ?? "undefined")")
        }
    }

    /// The spec's request schemas, checked as Fastify's AJV does: path parameters, then the query
    /// (coerced from strings), then the body; the first violation is a 400 naming the field.
    static func validate(_ request: inout SimRequest, against spec: SpecOperation) throws(SimError) {
        func reject(_ violation: JSONSchema.Violation, in part: String) -> SimError {
            .fastify(400, code: "FST_ERR_VALIDATION", violation.message(in: part))
        }
        let schemas = spec.schemas
        if let schema = schemas.path {
            let parameters = JSONObject(request.pathParameters.sorted { $0.key < $1.key }.map { ($0.key, schema.propertyIndex[$0.key]?.coerce($0.value) ?? .string($0.value)) })
            if let violation = schema.validate(.object(parameters)) { throw reject(violation, in: "params") }
        }
        if let schema = schemas.query {
            request.queryValues = schema.coerceQuery(request.query)
            if let violation = schema.validate(.object(request.queryValues)) { throw reject(violation, in: "querystring") }
        }
        if let schema = schemas.body {
            if let body = request.body {
                if let violation = schema.validate(body) { throw reject(violation, in: "body") }
            } else if spec.bodyRequired {
                throw reject(JSONSchema.Violation(path: "", message: "must be object"), in: "body")
            }
        }
    }
}
