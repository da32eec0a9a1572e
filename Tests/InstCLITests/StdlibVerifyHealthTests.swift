import Foundation
import Testing

/// `stdlib/verify.inst`, `stdlib/health.inst` and the `state` commands through the built binary,
/// against the embedded simulator.
@Suite struct StdlibVerifyHealthTests {
    @Test func deliverableAndTheVerifyThenLoadGate() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("gate.inst", """
            require instantly "campaigns:read" "campaigns:update" "leads:create" "email_verifications:create"
            use verify
            print (verify.deliverable "ada@harbor.test") (verify.deliverable "x@catchall.test") (verify.deliverable "x@invalid.test") (verify.deliverable "")
            let peer = (instantly.campaigns.list | where { $it.name == "Q4 Executive Peer" } | first)
            let rows = [{email: "maria@harbor.test", first_name: "Maria", tier: "gold"}, {email: "sam@invalid.test"}, {email: "jo@catchall.test"}, {email: null}, {email: "lee@slow.test"}]
            let summary = (verify.load_verified $peer.id $rows)
            print "loaded $summary.loaded, status $summary.status"
            for s in $summary.skipped { print "skipped $s.email: $s.why" }
            """)
        let outcome = try await workspace.inst(["run", "--sim", "gate.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == """
            true false false false
            loaded 2, status paused
            skipped sam@invalid.test: invalid
            skipped jo@catchall.test: catch_all
            skipped null: no email

            """)
        // Law 7: the load flipped the completed campaign to active; the gate paused it (planned).
        #expect(outcome.error.contains("made campaign Q4 Executive Peer active (law 7); pausing it"))
        #expect(outcome.error.contains(#""custom_variables":{"tier":"gold"}"#) || outcome.error.contains("custom_varia"))
        #expect(outcome.error.contains("plan: 1 × POST /api/v2/leads/add, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent"))
    }

    @Test func healthShowsAuthCampaignsAndAccounts() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("health.inst", """
            require instantly "campaigns:read" "accounts:read"
            use health
            let r = (health.check)
            print (json.format $r.campaigns) (json.format $r.unhealthy) (len $r.problems)
            """)
        let outcome = try await workspace.inst(["run", "--sim", "health.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "auth: ok")
        #expect(ExampleWorkspace.table(after: ["status", "campaigns"], in: lines) == [["completed", "2"], ["active", "1"]])
        let accounts = try #require(ExampleWorkspace.table(after: ["email", "status", "warmup", "warmup_score", "daily_limit"], in: lines))
        #expect(accounts.map(\.first) == ["ada@northwind.test", "grace@northwind.test", "linus@northwind.test"])
        #expect(lines.last == #"{"completed":2,"active":1} ["linus@northwind.test"] 1"#)
        #expect(outcome.error.contains("account linus@northwind.test is connection_error; fix:"))
    }

    @Test func healthListsWebhooksWhenAsked() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("hooks.inst", """
            require instantly "campaigns:read" "accounts:read" "webhooks:read" "webhooks:create"
            use health
            instantly.webhooks.create target_hook_url="https://example.test/h" event_type=reply_received
            let r = (health.check --webhooks --quiet)
            print (len $r.webhooks) $r.webhooks[0].event_type $r.webhooks[0].status
            print (len (health.check --quiet).webhooks)
            """)
        let outcome = try await workspace.inst(["run", "--sim", "--live", "hooks.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "1 reply_received active\n0\n")
    }

    @Test func healthReportsAKeyThatDoesNotWork() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("health.inst", """
            require instantly "campaigns:read" "accounts:read"
            use health
            print (health.check --quiet).auth
            """)
        // An empty key file is no key: against the simulator any non-empty key works, so use a bad base URL instead.
        let outcome = try await workspace.inst(
            ["run", "health.inst"],
            environment: ["INSTANTLY_API_KEY": "k", "INSTANTLY_BASE_URL": "http://127.0.0.1:9"])
        #expect(outcome.output.hasPrefix("failed: "), "stdout: \(outcome.output) stderr: \(outcome.error)")
    }

    /// A mark persists across live runs only: dry-runs remember it for the run and save nothing.
    @Test func stateMarksPersistAcrossLiveRunsOnly() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("once.inst", """
            let before = (state.seen "reply-1")
            state.mark "reply-1"
            print "$before $(state.seen "reply-1") $(state.mark "reply-1")"
            """)
        var seen: [String] = []
        for mode in [["--sim"], ["--sim"], ["--sim", "--live"], ["--sim", "--live"], ["--sim"]] {
            let outcome = try await workspace.inst(["run"] + mode + ["once.inst"])
            #expect(outcome.status == 0, "stderr: \(outcome.error)")
            seen.append(outcome.output)
        }
        #expect(seen == ["false true false\n", "false true false\n", "false true false\n", "true true false\n", "true true false\n"])
        let folder = workspace.environment["XDG_STATE_HOME", default: ""] + "/inst/scripts"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1)
        #expect(files.first?.hasSuffix(".json") == true)
    }
}
