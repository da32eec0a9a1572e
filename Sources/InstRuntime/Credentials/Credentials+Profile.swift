import InstTransport

extension Credentials {
    /// The credentials of `profile` with every environment variable that is set overriding the
    /// profile's value, and a notice for each override of a value the profile sets (so a key
    /// exported in the shell never silently replaces the profile's).
    public static func load(
        from environment: [String: String], profile: Profile?
    ) throws(CredentialError) -> (credentials: Credentials, notices: [String]) {
        var credentials = Credentials()
        var notices: [String] = []
        func overrides(_ variable: String, _ what: String) {
            if let profile { notices.append("inst: \(variable) overrides the \(what) of profile '\(profile.name)'") }
        }
        for (service, variables) in Variables.all {
            let fromEnvironment = try keySource(variables, in: environment)
            if let fromEnvironment, profile?.keys[service] != nil { overrides(fromEnvironment.origin, "key") }
            credentials.tokens[service] = try (fromEnvironment ?? profile?.keys[service])?.read()

            let url = try baseURL(variables, in: environment)
            if let url, let configured = profile?.baseURLs[service], configured != url { overrides(variables.baseURL, "base URL") }
            credentials.baseURLs[service] = url ?? profile?.baseURLs[service]
        }
        let location = value(locationVariable, in: environment)
        if let location, let configured = profile?.highLevelLocationID, configured != location {
            overrides(locationVariable, "GoHighLevel location")
        }
        credentials.highLevelLocationID = location ?? profile?.highLevelLocationID
        return (credentials, notices)
    }
}
