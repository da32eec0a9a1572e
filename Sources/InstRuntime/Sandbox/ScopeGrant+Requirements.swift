import InstLanguage

extension ScopeGrant {
    /// The services whose API-key scopes `require` lines declare.
    public static let services: Set<String> = ["instantly", "ghl"]

    /// What a script's `require instantly …` and `require ghl …` lines declare; a service with
    /// no such line gets nothing (other subjects, such as `read`, are not scopes).
    public init(requirements: [Requirement]) {
        var declared: [String: Set<String>] = [:]
        for requirement in requirements where Self.services.contains(requirement.subject.name) {
            declared[requirement.subject.name, default: []].formUnion(requirement.items)
        }
        self.init(declared: declared)
    }
}
