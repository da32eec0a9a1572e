import InstLanguage

/// Whether a grant lets one command call its service, and the policy error that says what to
/// declare when it does not.
struct ScopeCheck {
    let service: String
    let command: String
    /// The scopes of which any one allows the command; `nil`: any scope of the service.
    let scopes: [String]?

    func verify(_ grant: ScopeGrant) throws {
        guard let declared = grant.declared else { return }
        guard let have = declared[service] else {
            let line = "require \(service) \"\(scopes?.first ?? "…")\""
            throw ScriptError.policy(
                "\(command): the script has no 'require \(service)' line, so it may not call \(service)",
                hint: "add at the top of the script: \(line)"
            )
        }
        guard let scopes, !scopes.isEmpty else { return }
        guard !grant.allows(service: service, anyOf: scopes) else { return }
        let alternatives = scopes.count > 1 ? " (or one of \(scopes.dropFirst().joined(separator: ", ")))" : ""
        let declaredList = have.sorted().joined(separator: ", ")
        throw ScriptError.policy(
            "\(command) needs the scope \(scopes[0])\(alternatives); the script requires only \(declaredList)",
            hint: "add: require \(service) \"\(scopes[0])\""
        )
    }
}
