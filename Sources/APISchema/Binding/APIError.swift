import InstLanguage
import InstTransport

/// An API call that failed, as scripts catch it: the service's refusal (a 4xx or 5xx, or an error
/// body), a transport fault (timeout, connection), or arguments refused before sending.
///
///     try (instantly.campaigns.get $id) catch err { print $err.status $err.code $err.hint }
public struct APIError: Error, Sendable, Equatable {
    /// The HTTP status; nil when no answer came (transport faults, arguments refused locally).
    public var status: Int?
    /// A stable, machine-readable word: `not_found`, `rate_limited`, `timeout`, `invalid_argument`.
    public var code: String
    /// What went wrong, in the service's words where it gave some.
    public var message: String
    /// What to do about it, if there is advice to give.
    public var hint: String?
    /// Whether sending the same request again later may succeed.
    public var retryable: Bool
    /// The request method, filled in by the machinery: `GET`.
    public var method: String
    /// The concrete request path, filled in by the machinery: `/api/v2/campaigns/c1`.
    public var path: String
    /// What the service said beyond its message that a script can act on, as data: a duplicate
    /// contact's `contact_id` and `matching_field`. Empty for most errors.
    public var details: ValueMap

    public init(
        status: Int?, code: String, message: String, hint: String? = nil, retryable: Bool = false,
        method: String = "", path: String = "", details: ValueMap = ValueMap()
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.retryable = retryable
        self.method = method
        self.path = path
        self.details = details
    }

    /// Arguments refused before sending: `field` is where (`limit`, `body.email`).
    public static func invalidArgument(_ field: String, _ message: String, hint: String? = nil) -> APIError {
        APIError(status: nil, code: "invalid_argument", message: field.isEmpty ? message : "\(field): \(message)", hint: hint)
    }

    /// A request that got no answer. Cancellation is not an API error: see ``APIClient``.
    /// `effect` is the request's: a timeout or dropped connection on one that is not a read may
    /// have been delivered, and the hint says so.
    public init(_ error: TransportError, effect: RequestEffect = .read) {
        let code = switch error {
        case .timeout: "timeout"
        case .connection: "connection"
        case .bodyTooLarge: "body_too_large"
        case .cancelled: "cancelled"
        case .invalidRequest: "invalid_request"
        case .invalidResponse: "invalid_response"
        }
        self.init(status: nil, code: code, message: error.description, hint: Self.undeliveredHint(error, effect: effect),
                  retryable: error.isTransient)
    }

    /// For a write or metered request that got no answer: it may have arrived all the same.
    static func undeliveredHint(_ error: TransportError, effect: RequestEffect) -> String? {
        guard effect != .read, error.isTransient else { return nil }
        return "no answer came, but the request may have been delivered, so check its effect before sending it again"
    }

    /// The map `catch err` binds: status, code, message, hint, retryable, method, path, and
    /// `details` (a map, empty unless the service gave data to act on).
    public var value: Value {
        .map(ValueMap([
            ("status", status.map(Value.int) ?? .null),
            ("code", .string(code)),
            ("message", .string(message)),
            ("hint", hint.map(Value.string) ?? .null),
            ("retryable", .bool(retryable)),
            ("method", method.isEmpty ? .null : .string(method)),
            ("path", path.isEmpty ? .null : .string(path)),
            ("details", .map(details)),
        ]))
    }

    /// A catchable error carrying ``value``, with the message `GET /api/v2/campaigns/c1: …` (the
    /// place is not repeated when the message already starts with it).
    public var scriptError: ScriptError {
        let place = method.isEmpty ? path : path.isEmpty ? method : "\(method) \(path)"
        let placed = place.isEmpty || message.hasPrefix(place + " ") || message.hasPrefix(place + ":")
        return .failure(placed ? message : "\(place): \(message)", payload: value)
    }
}
