import InstTransport
import TOMLKit

extension Configuration {
    /// The keys a `[profiles.NAME]` table may hold.
    public static let profileKeys = [
        "instantly_api_key", "instantly_api_key_file", "instantly_base_url", "instantly_workspace",
        "ghl_token", "ghl_token_file", "ghl_location_id", "ghl_base_url",
        "rate", "audit", "audit_redact_pii",
        "max_calls", "max_writes", "max_leads_per_day", "max_emails_per_day", "allow_campaigns", "deny_campaigns",
    ]

    /// Each service, the prefix of its keys, and the name of its inline key.
    private static let keyNames: [(ServiceName, String, String)] = [
        (.instantly, "instantly", "instantly_api_key"), (.highLevel, "ghl", "ghl_token"),
    ]

    /// Parses `text`, the contents of the file at `path` whose permission bits are `mode`;
    /// `home` expands `~/` in paths (relative paths are relative to the file's folder).
    public init(parsing text: String, path: String, mode: UInt32, home: String?) throws(ConfigurationError) {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(path: path, line: error.source.begin.line, column: error.source.begin.column,
                          message: Self.withoutQuotedText(error.description))
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
        let top = TOMLTableReader(table: root, name: "", path: path, lines: TOMLKeyLines(text))
        try top.checkKeys(["default_profile", "profiles"])
        self.init(path: path, defaultProfile: try top.string("default_profile"))
        guard let profiles = try top.table("profiles", expected: "a table of profiles such as [profiles.acme]") else { return }
        let paths = PathResolver(folder: String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]), home: home)
        var inlineKeys: [String] = []
        for name in profiles.table.keys.sorted() {
            guard let table = try profiles.table(name, expected: "a table ([profiles.\(name)])") else { continue }
            let profile = try Self.profile(name, from: table, paths: paths)
            self.profiles[name] = profile
            for (service, _, keyName) in Self.keyNames where profile.keys[service]?.isInline == true {
                inlineKeys.append("profiles.\(name).\(keyName)")
            }
        }
        guard inlineKeys.isEmpty || mode & 0o077 == 0 else {
            throw .inlineKeyInOpenFile(path: path, mode: mode, keys: inlineKeys)
        }
    }

    /// A TOML error message with the text it quotes from the file left out: the line may hold
    /// a key, and the message's line and column already point at the fault.
    static func withoutQuotedText(_ message: String) -> String {
        var result = ""
        var quoted = false
        for character in message {
            if character == "'" {
                if !quoted { result += "…" }
                quoted.toggle()
            } else if !quoted {
                result.append(character)
            }
        }
        return result
    }

    private static func profile(_ name: String, from table: TOMLTableReader, paths: PathResolver) throws(ConfigurationError) -> Profile {
        try table.checkKeys(profileKeys)
        var profile = Profile(name: name)
        for (service, prefix, keyName) in keyNames {
            let fileKey = keyName + "_file"
            let origin = "of profile '\(name)'"
            switch (try table.string(keyName), try table.string(fileKey)) {
            case (let key?, nil): profile.keys[service] = .value(Secret(key), origin: "\(keyName) \(origin)")
            case (nil, let file?): profile.keys[service] = .file(paths.resolve(file), origin: "\(fileKey) \(origin)")
            case (_?, _?): throw .keyAndKeyFile(table.location(keyName), fileKey: fileKey)
            case (nil, nil): break
            }
            profile.baseURLs[service] = try table.string(
                prefix + "_base_url", expected: "an http:// or https:// URL without user info, such as https://api.instantly.ai",
                isValid: BaseURL.isValid)
        }
        profile.highLevelLocationID = try table.string("ghl_location_id")
        profile.instantlyWorkspace = try table.string(
            "instantly_workspace", expected: WorkspaceHeaderMiddleware.idForm,
            isValid: WorkspaceHeaderMiddleware.isValidID)
        for spec in try table.strings("rate", example: #"["instantly=600/min"]"#) {
            do {
                profile.rates.append(try RateSpec(validating: spec))
            } catch {
                throw .invalidValue(table.location("rate"), expected: "a list of rates NAME=COUNT/PERIOD (\(error))")
            }
        }
        profile.auditPath = try table.string("audit").map(paths.resolve)
        profile.redactsPII = try table.bool("audit_redact_pii") ?? false
        profile.policy = RunPolicy(
            maxCalls: try table.positiveInt("max_calls"), maxWrites: try table.positiveInt("max_writes"),
            maxLeadsPerDay: try table.positiveInt("max_leads_per_day"), maxEmailsPerDay: try table.positiveInt("max_emails_per_day"),
            allowedCampaigns: try table.strings("allow_campaigns", example: #"["019f…"]"#),
            deniedCampaigns: try table.strings("deny_campaigns", example: #"["019f…"]"#))
        return profile
    }
}

/// Paths in the configuration: `~/…` is under HOME, a relative path is relative to the file's folder.
struct PathResolver {
    let folder: String
    let home: String?

    func resolve(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home, !home.isEmpty { return home + path.dropFirst() }
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return folder + "/" + path
    }
}
