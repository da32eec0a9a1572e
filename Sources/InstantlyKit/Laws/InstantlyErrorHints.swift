import APISchema
import InstLanguage
import InstTransport

/// The error for a non-2xx answer: a stable code per status, the service's message, and what to
/// do about it (the hints of laws 1 and 2 included).
public enum InstantlyErrorHints {
    static func error(status: Int, body: InstantlyResponse.Body, response: TransportResponse, operation: APIOperation) -> APIError {
        let text: String
        let serverMessage: String?
        switch body {
        case .empty: (text, serverMessage) = ("", nil)
        case .json(let value): (text, serverMessage) = (response.bodyText, InstantlyResponse.serverMessage(in: value))
        case .notJSON(let raw): (text, serverMessage) = (raw, InstantlyResponse.describe(raw))
        }
        if status == 403, isCloudflare1010(text) {
            return APIError(
                status: 403, code: "cloudflare_1010",
                message: "Cloudflare refused the request (error code 1010: the client's signature, usually its User-Agent, is blocked)",
                hint: "law 1: Instantly sits behind Cloudflare, which refuses clients without a browser User-Agent; inst sends one, so something between you and Instantly (a proxy) replaced it")
        }
        let (code, fallback, hint, retryable) = advice(status: status, operation: operation, response: response)
        return APIError(status: status, code: code, message: serverMessage ?? fallback, hint: hint, retryable: retryable)
    }

    /// Cloudflare's 1010 page or text: `error code: 1010`.
    static func isCloudflare1010(_ text: String) -> Bool {
        text.lowercased().contains("error code: 1010") || text.lowercased().contains("error code 1010")
    }

    static func advice(status: Int, operation: APIOperation, response: TransportResponse)
        -> (code: String, message: String, hint: String?, retryable: Bool)
    {
        switch status {
        case 400:
            return ("bad_request", "the request was refused as invalid",
                    "help \(operation.name) lists the parameters and what they allow", false)
        case 401:
            return ("unauthorized", "the API key is missing or invalid",
                    "set INSTANTLY_API_KEY, or INSTANTLY_API_KEY_FILE naming a file holding the key (lines starting with # are comments, law 2); create keys in Instantly under Settings → Integrations → API keys", false)
        case 402:
            return ("payment_required", "the workspace's plan does not allow this",
                    "this needs a plan (or add-on) the workspace does not have, or billing has lapsed; check Instantly's billing settings", false)
        case 403:
            let scopes = operation.scopes.joined(separator: ", ")
            let inferred = operation.scopesAreInferred ? " (inferred; the spec names none)" : ""
            return ("forbidden", "the API key may not do this",
                    "the key needs one of these scopes: \(scopes)\(inferred)", false)
        case 404:
            return ("not_found", "not found",
                    "nothing exists at \(operation.path.rawValue) with those identifiers; check the id or email", false)
        case 409:
            return ("conflict", "conflicts with the current state",
                    "a duplicate, or the resource is being changed; read it again before retrying", false)
        case 422:
            return ("unprocessable", "the request was understood but refused",
                    "help \(operation.name) lists the parameters and what they allow", false)
        case 429:
            let after = retryAfterSeconds(response.headers).map { "retry after \($0) s" } ?? "retry later"
            return ("rate_limited", "rate limited",
                    "\(after); Instantly's limits are per workspace (about 100/s, 6,000/min; GET /emails 20/min)", true)
        case 501:
            return ("not_implemented", "the service does not implement this operation",
                    "repeating the call will not help; the inst simulator answers 501 for the operations of the official API it does not model: run this one against a live workspace", false)
        case 500...599:
            let hint = operation.effect == .read
                ? "a server error; the call is safe to repeat"
                : "a server error; the request may have been delivered, so check its effect before sending it again"
            return ("server_error", "Instantly failed with HTTP \(status)", hint, true)
        default:
            return ("http_\(status)", "HTTP \(status)", nil, false)
        }
    }

    /// `Retry-After` as whole seconds, if given as a number.
    static func retryAfterSeconds(_ headers: HeaderFields) -> Int? {
        guard let raw = headers["Retry-After"], let seconds = Double(raw.trimmed), seconds >= 0, seconds < 1e9 else { return nil }
        return Int(seconds.rounded(.up))
    }
}
