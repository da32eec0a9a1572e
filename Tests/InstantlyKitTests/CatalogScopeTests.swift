import APISchema
import InstantlyKit
import Testing

@Suite struct CatalogScopeTests {
    @Test func documentedScopesComeFromTheDescription() throws {
        let list = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.list"))
        #expect(list.scopes == ["campaigns:read", "campaigns:all", "all:read", "all:all"])
        #expect(!list.scopesAreInferred)
        // The verification description repeats the sentence: the scopes appear once each.
        let verify = try #require(InstantlyCatalog.operation(named: "instantly.email_verification.create"))
        #expect(verify.scopes == ["email_verifications:create", "email_verifications:all", "all:create", "all:all"])
    }

    @Test func undocumentedScopesAreInferredFromThePathsOtherOperations() throws {
        let analytics = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.analytics"))
        #expect(analytics.scopesAreInferred)
        #expect(analytics.scopes == ["campaigns:read", "campaigns:all", "all:read", "all:all"])
        let share = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.share"))
        #expect(share.scopes.first == "campaigns:update")
        let google = try #require(InstantlyCatalog.operation(named: "instantly.oauth.google_init"))
        #expect(google.scopes.first == "accounts:update")
        #expect(InstantlyCatalog.operations.count { $0.scopesAreInferred } == 27)
    }

    @Test func anyOneScopeAllowsTheOperation() throws {
        let pause = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.pause"))
        #expect(pause.isAllowed(byScopes: ["leads:read", "campaigns:update"]))
        #expect(pause.isAllowed(byScopes: ["all:update"]))
        #expect(!pause.isAllowed(byScopes: ["campaigns:read", "campaigns:create"]))
        #expect(!pause.isAllowed(byScopes: []))
    }

    /// Each example's `require instantly …` line covers the API commands it calls directly.
    @Test(arguments: [
        ("explore.inst", ["campaigns:read", "accounts:read"],
         ["instantly.campaigns.list", "instantly.campaigns.analytics", "instantly.accounts.list"]),
        ("reply_sync.inst", ["campaigns:read", "emails:read", "leads:read"],
         ["instantly.campaigns.list", "instantly.emails.list", "instantly.leads.list"]),
        ("verify_then_load.inst", ["campaigns:read", "campaigns:update", "leads:create", "email_verifications:create"],
         ["instantly.campaigns.list", "instantly.campaigns.get", "instantly.campaigns.pause",
          "instantly.leads.create", "instantly.email_verification.create"]),
        ("safe_launch.inst", ["campaigns:create", "campaigns:read", "campaigns:update", "accounts:read", "leads:read"],
         ["instantly.campaigns.create", "instantly.campaigns.get", "instantly.campaigns.activate", "instantly.accounts.list"]),
    ])
    func examplesDeclareTheScopesTheirCommandsNeed(script: String, granted: [String], commands: [String]) throws {
        for command in commands {
            let operation = try #require(InstantlyCatalog.operation(named: command), "\(script): \(command)")
            #expect(operation.isAllowed(byScopes: granted), "\(script): \(command) needs one of \(operation.scopes)")
        }
    }
}
