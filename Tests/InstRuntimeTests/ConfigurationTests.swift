import Foundation
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// `config.toml`: parsing profiles, refusing what is wrong with a message naming file, line and
/// key, and picking the profile.
@Suite struct ConfigurationTests {
    private let path = "/home/ada/.config/inst/config.toml"

    private func parse(_ text: String, mode: UInt32 = 0o600) throws -> Configuration {
        try Configuration(parsing: text, path: path, mode: mode, home: "/home/ada")
    }

    private func failure(_ text: String, mode: UInt32 = 0o600) -> String {
        do {
            _ = try parse(text, mode: mode)
            return "parsed"
        } catch {
            return "\(error)"
        }
    }

    @Test func aFullProfileIsRead() throws {
        let configuration = try parse("""
            default_profile = "acme"

            [profiles.acme]
            instantly_api_key_file = "~/keys/acme.key"
            instantly_base_url = "http://127.0.0.1:8080"
            instantly_workspace = "019f038e-43ed-7b1f-bbb8-f122efde7ee1"
            ghl_token_file = "ghl.key"
            ghl_location_id = "loc_1"
            ghl_base_url = "https://services.leadconnectorhq.com"
            rate = ["instantly=600/min", "ghl=50/10s"]
            audit = "logs/acme.jsonl"
            audit_redact_pii = true
            max_calls = 1000
            max_writes = 50
            max_leads_per_day = 400
            max_emails_per_day = 300
            allow_campaigns = ["c1", "c2"]
            deny_campaigns = ["c9"]

            [profiles.beta]
            """)
        #expect(configuration.defaultProfile == "acme")
        #expect(configuration.profiles.keys.sorted() == ["acme", "beta"])
        let acme = try #require(configuration.profiles["acme"])
        #expect(acme.keys[.instantly] == .file("/home/ada/keys/acme.key", origin: "instantly_api_key_file of profile 'acme'"))
        #expect(acme.keys[.highLevel] == .file("/home/ada/.config/inst/ghl.key", origin: "ghl_token_file of profile 'acme'"))
        #expect(acme.baseURLs == [.instantly: "http://127.0.0.1:8080", .highLevel: "https://services.leadconnectorhq.com"])
        #expect(acme.instantlyWorkspace == "019f038e-43ed-7b1f-bbb8-f122efde7ee1")
        #expect(acme.highLevelLocationID == "loc_1")
        #expect(acme.rates.map(\.bucket) == ["instantly", "ghl"])
        #expect(acme.auditPath == "/home/ada/.config/inst/logs/acme.jsonl")
        #expect(acme.redactsPII)
        #expect(acme.policy == RunPolicy(maxCalls: 1000, maxWrites: 50, maxLeadsPerDay: 400, maxEmailsPerDay: 300,
                                         allowedCampaigns: ["c1", "c2"], deniedCampaigns: ["c9"]))
        #expect(configuration.profiles["beta"] == Profile(name: "beta"))
    }

    @Test func anUnknownKeyNamesFileLineAndTheKnownKeys() {
        let message = failure("""
            [profiles.acme]
            max_calls = 10
            instantly_key_file = "k"
            """)
        #expect(message.hasPrefix("\(path):3: [profiles.acme] instantly_key_file: unknown key (known: instantly_api_key, instantly_api_key_file,"))
        #expect(failure("defualt_profile = \"x\"") == "\(path):1: defualt_profile: unknown key (known: default_profile, profiles)")
    }

    @Test func invalidValuesSayWhatIsAllowed() {
        #expect(failure("[profiles.a]\nmax_writes = -3") == "\(path):2: [profiles.a] max_writes must be a positive whole number")
        #expect(failure("[profiles.a]\nmax_calls = \"10\"") == "\(path):2: [profiles.a] max_calls must be a positive whole number")
        #expect(failure("[profiles.a]\naudit_redact_pii = \"yes\"") == "\(path):2: [profiles.a] audit_redact_pii must be true or false")
        #expect(failure("[profiles.a]\ninstantly_base_url = \"ftp://x\"")
            == "\(path):2: [profiles.a] instantly_base_url must be an http:// or https:// URL without user info, such as https://api.instantly.ai")
        #expect(failure("[profiles.a]\ninstantly_workspace = \"not a uuid\"").contains("must be the sub-workspace's id"))
        #expect(failure("[profiles.a]\nallow_campaigns = \"c1\"").contains("allow_campaigns must be a list of strings"))
        #expect(failure("[profiles.a]\nrate = [\"instantly=600/fortnight\"]").contains("rate must be a list of rates NAME=COUNT/PERIOD (invalid rate \"instantly=600/fortnight\": unknown period unit"))
        #expect(failure("[profiles.a]\nrate = [\"instantly.minute=5/s\"]").contains("unknown rate bucket \"instantly.minute\" (known: instantly, instantly.second,"))
        #expect(failure("profiles = 3") == "\(path):1: profiles must be a table of profiles such as [profiles.acme]")
    }

    @Test func invalidTOMLGivesLineAndColumn() {
        let message = failure("[profiles.acme]\nmax_calls = = 3\n")
        #expect(message.hasPrefix("\(path):2:"))
        #expect(message.contains("invalid TOML"))
    }

    @Test func syntaxErrorsNeverQuoteTheFile() {
        for line in [#"instantly_api_key = 9sk-secret"#, #"instantly_api_key = "sk-secret" sk"#, #"ghl_token = "s\k-secret""#] {
            let message = failure("[profiles.acme]\n\(line)\n")
            #expect(message.hasPrefix("\(path):2:"))
            #expect(!message.contains("'") && !message.contains("secret"), "\(message)")
        }
    }

    @Test func anInlineKeyIsAcceptedOnlyInAPrivateFile() throws {
        let text = "[profiles.acme]\ninstantly_api_key = \"sk-inline-secret\"\n"
        let acme = try #require(try parse(text).profiles["acme"])
        #expect(acme.keys[.instantly]?.isInline == true)
        #expect("\(acme)".contains("sk-inline-secret") == false)
        for mode: UInt32 in [0o644, 0o640, 0o604] {
            let message = failure(text, mode: 0o100000 | mode)
            #expect(message == "\(path) holds a key inline (profiles.acme.instantly_api_key) but other users can read it "
                + "(mode \(String(mode, radix: 8))): run `chmod 600 \(path)`, or move the key to a key file")
        }
        // Key files need no private configuration file.
        #expect(try parse("[profiles.acme]\ninstantly_api_key_file = \"k\"\n", mode: 0o100644).profiles.count == 1)
    }

    @Test func aKeyAndAKeyFileTogetherAreRefusedWithoutShowingTheKey() {
        let message = failure("[profiles.acme]\nghl_token = \"pit-secret\"\nghl_token_file = \"g.key\"\n")
        #expect(message == "\(path):2: [profiles.acme] ghl_token and ghl_token_file are both set: keep one (prefer the key file)")
    }

    @Test func theProfileComesFromTheFlagThenTheVariableThenTheDefault() throws {
        let configuration = try parse("default_profile = \"acme\"\n[profiles.acme]\n[profiles.beta]\n[profiles.gamma]\n")
        func pick(_ flag: String?, _ environment: [String: String] = [:]) throws -> String? {
            try Configuration.profile(named: flag, in: configuration, environment: environment, path: path)?.name
        }
        #expect(try pick(nil) == "acme")
        #expect(try pick(nil, ["INST_PROFILE": "gamma"]) == "gamma")
        #expect(try pick("beta", ["INST_PROFILE": "gamma"]) == "beta")
        #expect(try Configuration.profile(named: nil, in: nil, environment: [:], path: path) == nil)
    }

    @Test func anUnknownProfileListsTheProfiles() throws {
        let configuration = try parse("default_profile = \"gone\"\n[profiles.acme]\n[profiles.beta]\n")
        #expect(throws: ConfigurationError.unknownProfile("zeta", origin: "--profile", path: path, available: ["acme", "beta"])) {
            try Configuration.profile(named: "zeta", in: configuration, environment: [:], path: path)
        }
        let stale = ConfigurationError.unknownProfile("gone", origin: "default_profile", path: path, available: ["acme", "beta"])
        #expect(stale.description == "default_profile: no profile 'gone' in \(path) (profiles: acme, beta)")
        #expect(throws: stale) { try Configuration.profile(named: nil, in: configuration, environment: [:], path: path) }
        let missing = ConfigurationError.noConfigurationFile(profile: "acme", origin: "--profile", path: path)
        #expect(missing.description == "--profile: no profile 'acme': \(path) does not exist")
        #expect(throws: missing) { try Configuration.profile(named: "acme", in: nil, environment: [:], path: path) }
    }

    @Test func theFileIsFoundUnderXDGConfigHomeOrHome() throws {
        #expect(Configuration.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]) == "/x/cfg/inst/config.toml")
        #expect(Configuration.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/inst/config.toml")
        #expect(Configuration.defaultPath(environment: [:]) == nil)
    }

    @Test func loadingReadsTheFileAndItsPermissions() throws {
        let folder = try TemporaryDirectory()
        #expect(try Configuration.load(path: folder.path + "/none.toml", environment: [:]) == nil)
        let file = try folder.write("config.toml", "[profiles.acme]\ninstantly_api_key = \"sk-x\"\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(throws: ConfigurationError.self) { try Configuration.load(path: file, environment: [:]) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        #expect(try Configuration.load(path: file, environment: [:])?.profiles["acme"] != nil)
        #expect(throws: ConfigurationError.unreadable(path: folder.path, reason: "not a file")) {
            try Configuration.load(path: folder.path, environment: [:])
        }
    }
}
