import APISchema
import InstLanguage
import InstTransport

/// How Instantly answers, decoded: a 2xx JSON body is the result; anything else, including a 2xx
/// whose body is only an error (`{"error": "ACC_AUTH_ERROR"}`), becomes an ``APIError`` with the
/// service's message and a hint (``InstantlyErrorHints``).
public enum InstantlyResponse {
    /// The result of `response` to a call of `operation`.
    public static func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError> {
        let decoded = decode(response.body)
        guard response.isSuccess else {
            return .failure(InstantlyErrorHints.error(status: response.status, body: decoded, response: response, operation: operation))
        }
        switch decoded {
        case .empty:
            return .success(operation.effect == .read ? .null : .map(ValueMap()))
        case .json(let value):
            if let error = errorBody(value) { return .failure(error) }
            return .success(value)
        case .notJSON(let text):
            return .failure(APIError(
                status: response.status, code: "invalid_response",
                message: "expected JSON, got \(describe(text))",
                hint: "something other than Instantly answered (a proxy, a captive portal, a wrong INSTANTLY_BASE_URL)"))
        }
    }

    /// A body: nothing, JSON, or something else (an HTML page from a proxy).
    enum Body {
        case empty
        case json(Value)
        case notJSON(String)
    }

    static func decode(_ bytes: [UInt8]) -> Body {
        guard bytes.contains(where: { !isSpace($0) }) else { return .empty }
        if let value = try? JSONParser.parse(bytes) { return .json(value) }
        return .notJSON(String(decoding: bytes.prefix(2_000), as: UTF8.self))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The keys an error-only body may have besides `error`.
    static let errorBodyKeys: Set<String> = ["error", "message", "statusCode", "status", "code", "details", "success"]

    /// A 2xx body that is an error report, not a result: a map whose `error` is a non-empty string
    /// and whose other keys are all error-report keys (`message`, `statusCode`, `code`, `details`,
    /// `success: false`). Objects that merely have an `error` field among their data are results.
    static func errorBody(_ value: Value) -> APIError? {
        guard case .map(let map) = value, case .string(let error)? = map["error"], !error.isEmpty,
              map.keys.allSatisfy(errorBodyKeys.contains), map["success"]?.isTruthy != true
        else { return nil }
        let message = serverMessage(in: value) ?? error
        let isIdentifier = error.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && error.uppercased() == error
        let code = isIdentifier ? error.lowercased() : "service_error"
        let hint = error == "ACC_AUTH_ERROR"
            ? "a sending account's login failed; reconnect it in Instantly (instantly.accounts.list shows status_label)"
            : "Instantly answered 200 but reported an error"
        return APIError(status: 200, code: code, message: message == error ? error : "\(error): \(message)", hint: hint)
    }

    /// The service's own words: a Fastify body's `message` (a string, or a list joined), else its
    /// `error` string.
    static func serverMessage(in value: Value) -> String? {
        guard case .map(let map) = value else { return nil }
        switch map["message"] {
        case .string(let text)? where !text.isEmpty: return text
        case .list(let items)?:
            let texts = items.compactMap { item -> String? in
                if case .string(let text) = item { return text }
                return nil
            }
            if !texts.isEmpty { return texts.joined(separator: "; ") }
        default: break
        }
        if case .string(let text)? = map["error"], !text.isEmpty { return text }
        return nil
    }

    /// A short description of a non-JSON body: `an HTML page ("Attention Required!")` or its first words.
    static func describe(_ text: String) -> String {
        let lowered = text.lowercased()
        if lowered.contains("<html") || lowered.contains("<!doctype") {
            if let title = text.firstMatch(of: #/(?is)<title[^>]*>(.*?)</title>/#) {
                return "an HTML page (\"\(String(title.output.1).trimmed.prefix(80))\")"
            }
            return "an HTML page"
        }
        let line = text.trimmed.prefix(120)
        return "\"\(line)\(text.count > 120 ? "…" : "")\""
    }
}
