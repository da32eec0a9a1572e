import APISchema
import InstLanguage

/// Law G2: `locationId` goes where the operation declares it (a query parameter of the list and
/// look-up GETs, a top-level body field of create, upsert, search and the bulk updates) and
/// nowhere else; the schemas forbid it in update, tags and notes bodies.
public enum HighLevelLocation {
    /// Where an operation takes the location.
    public enum Placement: Sendable, Equatable {
        case query
        case body
    }

    /// Where `operation` takes `locationId`, or nil when it must not be sent.
    public static func placement(for operation: APIOperation) -> Placement? {
        if operation.queryParameters.contains(where: { $0.name == HighLevelLaws.locationField }) { return .query }
        if operation.body?.schema.property(HighLevelLaws.locationField) != nil { return .body }
        return nil
    }

    /// `call` with `locationId` filled in from `configured` where the operation takes it and the
    /// caller gave none. Throws `invalid_argument` when it is needed and nothing is configured.
    static func fill(_ call: inout APICall, for operation: APIOperation, configured: String?) throws(ScriptError) {
        let field = HighLevelLaws.locationField
        switch placement(for: operation) {
        case .query?:
            guard call.query[field] == nil else { return }
            call.query[field] = .string(try required(configured, operation))
        case .body?:
            var body = ValueMap()
            if case .map(let given)? = call.body { body = given }
            guard body[field] == nil || body[field] == .null else { return }
            body[field] = .string(try required(configured, operation))
            call.body = .map(body)
        case nil:
            return
        }
    }

    private static func required(_ configured: String?, _ operation: APIOperation) throws(ScriptError) -> String {
        if let configured, !configured.isEmpty { return configured }
        var error = APIError.invalidArgument(
            HighLevelLaws.locationField, "no location given and none configured",
            hint: "set GHL_LOCATION_ID (or ghl_location_id in the profile), or pass locationId=")
        error.method = operation.method.rawValue
        error.path = operation.path.rawValue
        throw error.scriptError
    }
}
