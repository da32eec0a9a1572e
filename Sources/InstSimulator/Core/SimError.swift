import InstTransport

/// An error answer in the shape the service uses. Instantly's API is Fastify:
/// `{"statusCode":400,"error":"Bad Request","message":"body/limit must be <= 100"}`.
public struct SimError: Error, Sendable {
    public var status: Int
    public var message: String
    public var headers: HeaderFields = HeaderFields()
    /// Fastify's error code, when it names one: `FST_ERR_CTP_EMPTY_JSON_BODY`.
    public var code: String?
    /// A body other than the Fastify shape (Cloudflare's plain text, GoHighLevel's `meta`).
    public var customBody: JSON?
    /// Plain text instead of JSON (Cloudflare's "error code: 1010").
    public var plainText: String?

    public init(status: Int, message: String, headers: HeaderFields = HeaderFields()) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public static func badRequest(_ message: String) -> SimError { SimError(status: 400, message: message) }
    public static func unauthorized(_ message: String) -> SimError { SimError(status: 401, message: message) }
    public static func forbidden(_ message: String) -> SimError { SimError(status: 403, message: message) }
    public static func notFound(_ message: String) -> SimError { SimError(status: 404, message: message) }
    public static func notImplemented(_ message: String) -> SimError { SimError(status: 501, message: message) }

    /// A Fastify error with its code: `FST_ERR_CTP_EMPTY_JSON_BODY`, `FST_ERR_VALIDATION`.
    public static func fastify(_ status: Int, code: String, _ message: String) -> SimError {
        var error = SimError(status: status, message: message)
        error.code = code
        return error
    }

    /// The standard reason phrase for the status: `Bad Request`.
    public var reason: String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 422: "Unprocessable Entity"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Error"
        }
    }

    var transportResponse: TransportResponse {
        var headers = headers
        if let plainText {
            headers["Content-Type"] = "text/plain; charset=utf-8"
            return TransportResponse(status: status, headers: headers, body: Array(plainText.utf8))
        }
        var fastify = JSONObject()
        fastify["statusCode"] = .int(status)
        if let code { fastify["code"] = .string(code) }
        fastify["error"] = .string(reason)
        fastify["message"] = .string(message)
        let body = customBody ?? .object(fastify)
        headers["Content-Type"] = "application/json; charset=utf-8"
        return TransportResponse(status: status, headers: headers, body: body.serialized)
    }
}
