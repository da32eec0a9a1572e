import APISchema
import InstLanguage
import InstTransport

/// How GoHighLevel answers, decoded: a 2xx JSON body is the result (`traceId`, and both
/// `succeded` and `succeeded`, left as they come); anything else is an ``APIError`` in the
/// service's words, with a hint: 401 bad token, 403 no access to the location, 400 duplicate
/// contact (naming the existing contact), 422 with the server's messages, 429 burst or daily.
public enum HighLevelResponse {
    /// The result of `response` to a call of `operation`.
    public static func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError> {
        let bytes = response.body
        let blank = !bytes.contains { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        let decoded = blank ? nil : try? JSONParser.parse(bytes)
        guard response.isSuccess else {
            return .failure(error(status: response.status, body: decoded, headers: response.headers))
        }
        if blank { return .success(operation.effect == .read ? .null : .map(ValueMap())) }
        guard let decoded else {
            return .failure(APIError(
                status: response.status, code: "invalid_response", message: "expected JSON, got something else",
                hint: "something other than GoHighLevel answered (a proxy, a wrong GHL_BASE_URL)"))
        }
        return .success(decoded)
    }

    /// The error for a non-2xx answer.
    static func error(status: Int, body: Value?, headers: HeaderFields) -> APIError {
        let message = serverMessage(in: body) ?? "HTTP \(status)"
        switch status {
        case 400:
            if let duplicate = duplicateContact(in: body) {
                return APIError(status: status, code: "duplicate_contact",
                    message: "\(message) (existing contact \(duplicate.id)\(duplicate.field.map { ", matching \($0)" } ?? ""))",
                    hint: "the contact exists as \(duplicate.id): use ghl.contacts.upsert, or ghl.contacts.update \(duplicate.id)",
                    details: ValueMap([("contact_id", .string(duplicate.id)), ("matching_field", duplicate.field.map(Value.string) ?? .null)]))
            }
            let hint = message.lowercased().contains("version") ? "the request lacks the `Version` header" : nil
            return APIError(status: status, code: "bad_request", message: message, hint: hint)
        case 401:
            return APIError(status: status, code: "unauthorized", message: message,
                hint: "the token is invalid or expired: check GHL_TOKEN (a sub-account Private Integration token)")
        case 403:
            return APIError(status: status, code: "forbidden", message: message,
                hint: "the token has no access to this location or lacks the scope: check GHL_LOCATION_ID and the token's scopes")
        case 404:
            return APIError(status: status, code: "not_found", message: message)
        case 422:
            return APIError(status: status, code: "unprocessable", message: message,
                hint: "the service refused the fields named; `help` on the command lists the accepted ones")
        case 429:
            let daily = headers["X-RateLimit-Daily-Remaining"].flatMap { Int($0) } == 0
            return daily
                ? APIError(status: status, code: "daily_limit", message: message,
                    hint: "the location's daily request limit is spent; it resets at midnight (location time)")
                : APIError(status: status, code: "rate_limited", message: message,
                    hint: "the burst limit (100 requests per 10 seconds) is reached; wait and retry", retryable: true)
        case 500...:
            return APIError(status: status, code: "server_error", message: message, retryable: true)
        default:
            return APIError(status: status, code: "http_\(status)", message: message)
        }
    }

    /// The service's words: `message` as a string, or its list of messages joined.
    static func serverMessage(in body: Value?) -> String? {
        guard case .map(let map)? = body else { return nil }
        switch map["message"] {
        case .string(let text)? where !text.isEmpty:
            return text
        case .list(let items)?:
            let texts = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            return texts.isEmpty ? nil : texts.joined(separator: "; ")
        default:
            if case .string(let text)? = map["error"], !text.isEmpty { return text }
            return nil
        }
    }

    /// The existing contact a duplicate refusal names in `meta`.
    static func duplicateContact(in body: Value?) -> (id: String, field: String?)? {
        guard case .map(let map)? = body, case .map(let meta)? = map["meta"],
              case .string(let id)? = meta["contactId"], !id.isEmpty else { return nil }
        if case .string(let field)? = meta["matchingField"] { return (id, field) }
        return (id, nil)
    }
}
