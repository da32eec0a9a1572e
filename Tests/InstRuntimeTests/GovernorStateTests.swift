import Foundation
import InstTestSupport
import InstTransport
import Testing
@testable import InstRuntime

/// Where the shared budgets live (``StateDirectory``) and what names them (``CredentialFingerprint``).
@Suite struct GovernorStateTests {
    @Test(arguments: [
        (["XDG_STATE_HOME": "/var/state", "HOME": "/home/ann"], "/var/state/inst"),
        (["XDG_STATE_HOME": "/var/state//", "HOME": "/home/ann"], "/var/state/inst"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/ann"], "/home/ann/.local/state/inst"),
        (["XDG_STATE_HOME": "", "HOME": "/home/ann/"], "/home/ann/.local/state/inst"),
        (["HOME": "/"], "/.local/state/inst"),
        (["XDG_STATE_HOME": "/"], "/inst"),
    ])
    func theStateDirectoryFollowsXDG(environment: [String: String], expected: String) {
        #expect(StateDirectory.path(environment: environment) == expected)
        #expect(StateDirectory.path("governor", environment: environment) == expected + "/governor")
    }

    @Test func withoutAnyHomeThereIsNoStateDirectory() {
        #expect(StateDirectory.path(environment: [:]) == nil)
        #expect(StateDirectory.path(environment: ["HOME": "", "XDG_STATE_HOME": "state"]) == nil)
        #expect(StateDirectory.path("audit.jsonl", environment: [:]) == nil)
    }

    @Test func createMakesPrivateFoldersAndKeepsExistingOnes() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/state/inst/governor"
        try StateDirectory.create(path)
        try StateDirectory.create(path)
        for created in [folder.path + "/state", folder.path + "/state/inst", path] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: created)[.posixPermissions] as? Int)
            #expect(mode == 0o700, "\(created)")
        }
        _ = try folder.write("file", "x")
        #expect(throws: StateDirectoryError.self) { try StateDirectory.create(folder.path + "/file/inside") }
    }

    @Test func theFingerprintNamesTheServiceAndHidesTheKey() {
        let key = Secret("sk_live_0123456789abcdef")
        let fingerprint = CredentialFingerprint.make(service: .instantly, baseURL: "https://api.instantly.ai", token: key)
        #expect(fingerprint.hasPrefix("instantly-"))
        #expect(fingerprint.count == "instantly-".count + 32)
        #expect(fingerprint.dropFirst("instantly-".count).allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(!fingerprint.contains("sk_live"))
        #expect(!fingerprint.contains(AuditDigest.sha256(key.reveal().utf8).prefix(16)))
        // Usable as a state file name as it is.
        #expect((try? FileGovernorStore(directory: FileManager.default.temporaryDirectory.path + "/inst-fp-\(UUID())",
                                        fingerprint: fingerprint)) != nil)
    }

    @Test func sameKeyAndServerShareAFingerprintAndAnyDifferenceSplitsIt() {
        let key = Secret("key-one")
        let base = CredentialFingerprint.make(service: .instantly, baseURL: "https://api.instantly.ai", token: key)
        #expect(CredentialFingerprint.make(service: .instantly, baseURL: "HTTPS://api.instantly.ai/", token: Secret("key-one")) == base)
        #expect(CredentialFingerprint.make(service: .instantly, baseURL: "https://api.instantly.ai", token: Secret("key-two")) != base)
        #expect(CredentialFingerprint.make(service: .instantly, baseURL: "http://127.0.0.1:8080", token: key) != base)
        let ghl = CredentialFingerprint.make(service: .highLevel, baseURL: "https://api.instantly.ai", token: key)
        #expect(ghl.hasPrefix("ghl-"))
        #expect(ghl.dropFirst(4) != base.dropFirst(10))
    }

    @Test func aRestrictedConfigurationKeepsOneServicesBuckets() {
        let documented = RateGovernorConfiguration.documented
        #expect(documented.restricted(to: .instantly).names == ["instantly", "instantly.second", "instantly.emails", "instantly.emails.test"])
        #expect(documented.restricted(to: .highLevel).names == ["ghl", "ghl.day", "ghl.oauth"])
        #expect(documented.restricted(to: ServiceName(rawValue: "other")).buckets.isEmpty)
    }
}
