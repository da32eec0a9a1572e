import Foundation
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// Profile ← environment ← flags, with a notice when the environment overrides the profile.
@Suite struct ConfigurationMergingTests {
    private func keyFile(_ text: String, in folder: TemporaryDirectory, name: String = "acme.key") throws -> String {
        let path = try folder.write(name, text)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    private func acme(keyFile: String) throws -> Profile {
        Profile(
            name: "acme", keys: [.instantly: .file(keyFile, origin: "instantly_api_key_file of profile 'acme'")],
            baseURLs: [.instantly: "http://127.0.0.1:9"], highLevelLocationID: "loc_profile",
            instantlyWorkspace: "ws-profile", rates: [try RateSpec(parsing: "instantly=600/min")],
            auditPath: "/tmp/profile-audit.jsonl", policy: RunPolicy(maxCalls: 100, maxWrites: 10, deniedCampaigns: ["c9"]))
    }

    @Test func theProfileAloneGivesEverything() throws {
        let folder = try TemporaryDirectory()
        let profile = try acme(keyFile: try keyFile("# acme\nsk-profile-secret\n", in: folder))
        let settings = try RunSettings.merging(profile: profile, environment: [:], flags: .init())
        #expect(settings.credentials.tokens[.instantly]?.reveal() == "sk-profile-secret")
        #expect(settings.credentials.baseURLs[.instantly] == "http://127.0.0.1:9")
        #expect(settings.credentials.highLevelLocationID == "loc_profile")
        #expect(settings.workspace == "ws-profile")
        #expect(settings.rates == profile.rates)
        #expect(settings.auditPath == "/tmp/profile-audit.jsonl")
        #expect(settings.policy == profile.policy)
        #expect(settings.profile == "acme")
        #expect(settings.notices.isEmpty)
    }

    @Test func theEnvironmentOverridesTheProfileAndSaysSo() throws {
        let folder = try TemporaryDirectory()
        let profile = try acme(keyFile: try keyFile("sk-profile-secret\n", in: folder))
        let environment = ["INSTANTLY_API_KEY": "sk-env-secret", "INSTANTLY_BASE_URL": "http://127.0.0.1:10",
                           "GHL_LOCATION_ID": "loc_env", "INSTANTLY_WORKSPACE": "ws-env"]
        let settings = try RunSettings.merging(profile: profile, environment: environment, flags: .init())
        #expect(settings.credentials.tokens[.instantly]?.reveal() == "sk-env-secret")
        #expect(settings.credentials.baseURLs[.instantly] == "http://127.0.0.1:10")
        #expect(settings.credentials.highLevelLocationID == "loc_env")
        #expect(settings.workspace == "ws-env")
        #expect(settings.notices == [
            "inst: INSTANTLY_API_KEY overrides the key of profile 'acme'",
            "inst: INSTANTLY_BASE_URL overrides the base URL of profile 'acme'",
            "inst: GHL_LOCATION_ID overrides the GoHighLevel location of profile 'acme'",
            "inst: INSTANTLY_WORKSPACE overrides the sub-workspace of profile 'acme'",
        ])
        #expect(!settings.notices.joined().contains("secret"))
    }

    @Test func aKeyFileVariableOverridesAnInlineKey() throws {
        let folder = try TemporaryDirectory()
        let path = try keyFile("sk-file\n", in: folder)
        let profile = Profile(name: "acme", keys: [.highLevel: .value(Secret("pit-inline"), origin: "ghl_token of profile 'acme'")])
        let settings = try RunSettings.merging(profile: profile, environment: ["GHL_TOKEN_FILE": path], flags: .init())
        #expect(settings.credentials.tokens[.highLevel]?.reveal() == "sk-file")
        #expect(settings.notices == ["inst: GHL_TOKEN_FILE overrides the key of profile 'acme'"])
    }

    @Test func withoutAProfileTheEnvironmentIsReadAsBefore() throws {
        let settings = try RunSettings.merging(profile: nil, environment: ["INSTANTLY_API_KEY": "sk-1"], flags: .init())
        #expect(settings.credentials.tokens[.instantly]?.reveal() == "sk-1")
        #expect(settings.notices.isEmpty)
        #expect(settings.profile == nil)
    }

    @Test func flagsWinOverTheProfile() throws {
        let folder = try TemporaryDirectory()
        let profile = try acme(keyFile: try keyFile("sk-profile-secret\n", in: folder))
        let flags = RunSettings.Flags(
            rates: ["instantly=100/min"], auditPath: "/tmp/flag.jsonl",
            policy: RunPolicy(maxWrites: 3, allowedCampaigns: ["c1"], deniedCampaigns: ["c8"]), redactsPII: true)
        let settings = try RunSettings.merging(profile: profile, environment: [:], flags: flags)
        #expect(settings.rates.map(\.limit.count) == [600, 100])  // later wins when the governor applies them
        #expect(settings.auditPath == "/tmp/flag.jsonl")
        #expect(settings.policy == RunPolicy(maxCalls: 100, maxWrites: 3, allowedCampaigns: ["c1"], deniedCampaigns: ["c9", "c8"]))
        #expect(settings.redactsPII)
    }

    @Test func aBadRateFlagOrWorkspaceVariableIsRefused() throws {
        #expect(throws: RateSpecError.unknownBucket("instantly.minute", known: RateGovernorConfiguration.documented.names)) {
            try RunSettings.merging(profile: nil, environment: [:], flags: .init(rates: ["instantly.minute=5/s"]))
        }
        #expect(throws: ConfigurationError.self) {
            try RunSettings.merging(profile: nil, environment: ["INSTANTLY_WORKSPACE": "a b"], flags: .init())
        }
    }

    @Test func aProfileKeyFileProblemNamesTheProfile() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("open.key", "sk-open-secret\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let profile = Profile(name: "acme", keys: [.instantly: .file(path, origin: "instantly_api_key_file of profile 'acme'")])
        do {
            _ = try RunSettings.merging(profile: profile, environment: [:], flags: .init())
            Issue.record("an open key file was accepted")
        } catch {
            #expect("\(error)" == "instantly_api_key_file of profile 'acme': the key file '\(path)' can be read by other users (mode 644): run `chmod 600 \(path)`")
        }
    }

    @Test func loadReadsTheConfigurationFileAndPicksTheProfile() throws {
        let folder = try TemporaryDirectory()
        let key = try keyFile("sk-beta\n", in: folder, name: "beta.key")
        try folder.write("cfg/inst/config.toml", "default_profile = \"acme\"\n[profiles.acme]\n[profiles.beta]\ninstantly_api_key_file = \"\(key)\"\n")
        let environment = ["XDG_CONFIG_HOME": folder.path + "/cfg", "XDG_STATE_HOME": folder.path + "/state"]
        #expect(try RunSettings.load(environment: environment, flags: .init()).profile == "acme")
        let beta = try RunSettings.load(environment: environment, flags: .init(profile: "beta", redactsPII: true))
        #expect(beta.credentials.tokens[.instantly]?.reveal() == "sk-beta")
        #expect(beta.piiRedactor != nil)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/state/inst/pii.key"))
        #expect(throws: ConfigurationError.self) { try RunSettings.load(environment: environment, flags: .init(profile: "zeta")) }
    }
}
