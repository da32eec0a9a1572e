/// GoHighLevel's error answers (NestJS): `{"statusCode":400,"message":"…"}`, with `error` naming the
/// status for 401 and 422, a message list for 422, and `meta` for a duplicate contact.
enum HighLevelError {
    /// `{"statusCode": status, "message": message}` (plus `error` for 401, 403 and 404).
    static func make(_ status: Int, _ message: String, meta: JSONObject? = nil) -> SimError {
        var error = SimError(status: status, message: message)
        var body: JSONObject = ["statusCode": .int(status), "message": .string(message)]
        if [401, 403, 404].contains(status) { body["error"] = .string(error.reason) }
        if let meta { body["meta"] = .object(meta) }
        error.customBody = .object(body)
        return error
    }

    /// 422 with class-validator's message list.
    static func unprocessable(_ messages: [String]) -> SimError {
        var error = SimError(status: 422, message: messages.joined(separator: "; "))
        error.customBody = ["statusCode": 422, "message": .array(messages.map(JSON.string)), "error": "Unprocessable Entity"]
        return error
    }
}
