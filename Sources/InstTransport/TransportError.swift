/// Why a request got no usable answer. An HTTP error status is not one of these: it is a
/// ``TransportResponse``.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No answer before the deadline.
    case timeout(after: Duration)
    /// The service could not be reached or dropped the connection; the detail says how
    /// (`connection refused by api.instantly.ai:443`).
    case connection(String)
    /// The answer was bigger than the cap on response bodies, in bytes.
    case bodyTooLarge(limit: Int)
    /// The caller stopped waiting (Ctrl-C, a cancelled task).
    case cancelled
    /// The request could not be built or sent as given; the detail says what is wrong.
    case invalidRequest(String)
    /// The answer could not be read as HTTP; the detail says what was wrong with it.
    case invalidResponse(String)

    /// Whether sending the same request again may succeed. Whether it is *safe* to send again
    /// depends on the request (see ``RequestEffect``), which the retry policy decides.
    public var isTransient: Bool {
        switch self {
        case .timeout, .connection: true
        case .bodyTooLarge, .cancelled, .invalidRequest, .invalidResponse: false
        }
    }

    public var description: String {
        switch self {
        case .timeout(let duration):
            "no answer within \(Self.format(duration)): the service is slow or unreachable"
        case .connection(let detail):
            "could not reach the service: \(detail)"
        case .bodyTooLarge(let limit):
            "the answer is larger than the \(Self.format(bytes: limit)) limit on response bodies"
        case .cancelled:
            "the request was cancelled"
        case .invalidRequest(let detail):
            "invalid request: \(detail)"
        case .invalidResponse(let detail):
            "unreadable answer from the service: \(detail)"
        }
    }

    /// `250ms`, `30s`, `1.5s`.
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        let tenths = milliseconds % 1000 / 100
        return tenths == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds / 1000).\(tenths)s"
    }

    /// `512 bytes`, `64 KiB`, `10 MiB`.
    static func format(bytes: Int) -> String {
        let mebi = 1 << 20, kibi = 1 << 10
        if bytes >= mebi, bytes % mebi == 0 { return "\(bytes / mebi) MiB" }
        if bytes >= kibi, bytes % kibi == 0 { return "\(bytes / kibi) KiB" }
        return "\(bytes) bytes"
    }
}
