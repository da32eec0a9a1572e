/// What verifying an address finds, by its domain (DESIGN's reserved test domains): `invalid.test`
/// is invalid; `catchall.test` is verified with `catch_all: true`; `slow.test` stays pending for the
/// first two polls; `bounce.test` is verified (and bounces when sent to); anything else is verified.
enum EmailVerdict: Equatable, Sendable {
    case verified(catchAll: Bool)
    case invalid
    /// Pending for this many polls, then verified.
    case slow(polls: Int)

    init(email: String) {
        let parts = email.split(separator: "@")
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else {
            self = .invalid
            return
        }
        switch parts[1].lowercased() {
        case "invalid.test": self = .invalid
        case "catchall.test": self = .verified(catchAll: true)
        case "slow.test": self = .slow(polls: 2)
        default: self = .verified(catchAll: false)
        }
    }

    /// The answer's verification fields after `polls` GETs.
    func fields(afterPolls polls: Int) -> (status: String, catchAll: JSON) {
        switch self {
        case .invalid: ("invalid", false)
        case .verified(let catchAll): ("verified", .bool(catchAll))
        case .slow(let pending): polls < pending ? ("pending", "pending") : ("verified", false)
        }
    }
}
