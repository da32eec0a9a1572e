/// The API-key scopes a script declared per service (`require instantly "leads:create"`), or the
/// whole key (the REPL and `inst -c`).
public struct ScopeGrant: Sendable, Equatable {
    /// The declared scopes per service namespace (`instantly`, `ghl`); `nil` grants everything.
    public var declared: [String: Set<String>]?

    public init(declared: [String: Set<String>]?) {
        self.declared = declared
    }

    /// The whole key: every operation of every service.
    public static let everything = ScopeGrant(declared: nil)

    /// Whether an operation of `service` that any one of `required` allows may be called.
    /// A service the script declared nothing for cannot be called at all.
    public func allows(service: String, anyOf required: [String]) -> Bool {
        guard let declared else { return true }
        guard let scopes = declared[service] else { return false }
        return required.contains { scopes.contains($0) }
    }
}
