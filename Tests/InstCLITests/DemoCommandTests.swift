import Foundation
import Testing

/// `inst demo` through the built binary: the tour runs piped, in order, short and fast, against
/// the embedded simulator whatever credentials the environment holds.
@Suite struct DemoCommandTests {
    /// One run of the demo, with `environment` added to the test runner's.
    private func demo(_ environment: [String: String] = [:]) throws -> InstBinary.Outcome {
        try InstBinary.run(["demo"], directory: FileManager.default.temporaryDirectory.path, environment: environment, timeout: 60)
    }

    /// The lines of `text` (a final newline ends the last one).
    private func lineCount(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
    }

    @Test func runsEveryStepInOrderOnStandardOutput() throws {
        let outcome = try demo()
        #expect(outcome.status == 0)
        #expect(outcome.error.isEmpty, "warnings and plans go to standard output, in order: \(outcome.error)")
        let expectedInOrder = [
            "1. The demo workspace, in the embedded simulator",
            "inst[dry-run·sim]> instantly.campaigns.list | select name status_label daily_limit | table",
            "Q4 Partnerships    active",
            "2. The laws",
            "inst[dry-run·sim]> instantly.timezone America/New_York",
            "warning: instantly.timezone: America/New_York is not accepted by Instantly",
            "America/Detroit",
            "inst[dry-run·sim]> instantly.body",
            #"<div>Want to <a href="https://northwind.test/call">pick a time</a>?</div>"#,
            "3. Verify, then load",
            "inst[dry-run·sim]> proc load_verified(campaign, emails) {",
            "...>     let v = (instantly.verify $email)",
            "inst[dry-run·sim]> load_verified $peer $leads",
            "  law 7: 2 leads loaded into campaign \"Q4 Executive Peer\"",
            "plan: 2 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent",
            "4. Signed off",
            "inst[LIVE·sim]> load_verified $peer $leads",
            "live: 2 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 3 sent",
            "inst[LIVE·sim]> (instantly.campaigns.activate $peer.id).status_label",
            "active",
            "inst[LIVE·sim]> sim.advance 2d",
            "2026-11-04T14:00:",
            "inst[LIVE·sim]> instantly.emails.list campaign_id=$peer.id email_type=received",
            "maria@harbor.test  ",
            "5. Each reply becomes a GoHighLevel contact",
            "inst[LIVE·sim]> use sync",
            "inst[LIVE·sim]> sync.replies_to_ghl campaign=$peer.id tag=instantly-q4",
            "{synced: 1, skipped: 0}",
            "live: 1 × POST /contacts/upsert, 1 × POST /contacts/{contactId}/tags, 1 × POST /contacts/{contactId}/workflow/{workflowId}; 3 sent",
            "inst[LIVE·sim]> ghl.contacts.search query=maria@harbor.test",
            #"maria@harbor.test  ["instantly-q4"]  instantly"#,
            "# run again: nothing new\n1\n",
            "Next: `inst` (the REPL",
        ]
        var rest = Substring(outcome.output)
        for expected in expectedInOrder {
            let found = rest.range(of: expected)
            #expect(found != nil, "missing, or out of order: \(expected)")
            if let found { rest = rest[found.upperBound...] }
        }
    }

    @Test func readsInUnderAMinute() throws {
        let started = Date()
        let outcome = try demo()
        let elapsed = Date().timeIntervalSince(started)
        #expect(outcome.status == 0)
        #expect(lineCount(outcome.output) <= 60)
        #expect(elapsed < 15, "the demo took \(elapsed) s")
        #expect(!outcome.output.contains("\u{1B}["), "no colour when piped")
    }

    @Test func alwaysUsesTheEmbeddedSimulatorWhateverTheEnvironmentHolds() throws {
        let plain = try demo()
        let secret = "sk-demo-test-0123456789abcdef"
        let withKey = try demo([
            "INSTANTLY_API_KEY": secret,
            "INSTANTLY_BASE_URL": "http://127.0.0.1:9",
            "INST_PROFILE": "missing-profile",
            "GHL_TOKEN": secret, "GHL_BASE_URL": "http://127.0.0.1:9", "GHL_LOCATION_ID": "loc_elsewhere",
        ])
        #expect(withKey.status == 0)
        #expect(withKey.output == plain.output)
        #expect(withKey.error.isEmpty)
        #expect(!withKey.output.contains(secret))
        let unreadableKeyFile = try demo(["INSTANTLY_API_KEY_FILE": "/nonexistent/inst-demo-key"])
        #expect(unreadableKeyFile.status == 0)
        #expect(unreadableKeyFile.output == plain.output)
    }

    @Test func helpSaysItUsesTheSimulatorAndIgnoresCredentials() throws {
        let help = try InstBinary.run(["demo", "--help"])
        #expect(help.status == 0)
        let text = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Tour inst in one minute, on the embedded simulator."))
        #expect(text.contains("The demo always uses the embedded simulator"))
        #expect(text.contains("INSTANTLY_API_KEY is ignored"))
        #expect(text.contains("USAGE: inst demo"))
        let overview = try InstBinary.run(["--help"])
        #expect(overview.output.contains("demo                    Tour inst in one minute"))
        let viaHelp = try InstBinary.run(["help", "demo"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.output.contains("INSTANTLY_API_KEY is ignored"))
    }
}
