import Foundation
import Testing

/// The whole reply → CRM loop through the built binary, as a user wires it: `inst sim serve`, a
/// handler script under `inst serve --live`, a webhook subscription carrying its secret, and
/// `inst sim advance` — each reply the simulator produces reaches the handler once and becomes a
/// tagged GoHighLevel contact. A webhook whose target is down gets disabled, and `health.check`
/// reports and resumes it.
@Suite struct WebhookLoopTests {
    private static let secret = "loop-s3cret"

    private static let onReply = """
        require ghl "contacts.write"
        on reply_received {
            let res = (ghl.contacts.upsert email=$event.lead_email source="instantly")
            ghl.contacts.add_tags $res.contact.id ["instantly-reply"]
            print "synced $event.lead_email"
        }
        """

    @Test func eachReplyReachesTheHandlerOnceAndBecomesATaggedContact() async throws {
        let loop = try ServedWorkspace()
        let handler = try ServingScript(
            script: Self.onReply, environment: loop.environment.merging(["INST_WEBHOOK_SECRET": Self.secret]) { _, new in new },
            arguments: ["--live"])
        _ = try await loop.subscribe(
            target: "http://127.0.0.1:\(handler.port)/hooks/instantly", eventType: "reply_received",
            headers: ["X-Inst-Secret": Self.secret])

        let first = try await loop.advance("2d")
        #expect(first.output.hasPrefix("2026-11-04T14:00:00.000Z\n"), "\(first.output)")
        #expect(first.delivered > 0)
        #expect(first.failed == 0)
        let synced = { Self.synced(in: handler.printed) }
        try handler.waitForOutput { _ in synced().count == first.delivered }
        #expect(Set(synced()).count == first.delivered, "one handler run per reply: \(synced())")

        let tagged = try await loop.contactEmails(tagged: "instantly-reply")
        #expect(Set(tagged) == Set(synced()))
        #expect(tagged.count == first.delivered)

        // Later moves deliver only what is new: a handler run per delivery, none for the first replies.
        let again = try await loop.advance("1s")
        #expect(again.delivered == 0 && again.failed == 0, "nothing is delivered again: \(again.output)")
        let later = try await loop.advance("2d")
        #expect(later.failed == 0)
        try handler.waitForOutput { _ in synced().count == first.delivered + later.delivered }
        let outcome = try handler.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let all = Self.synced(in: outcome.output)
        #expect(all.count == first.delivered + later.delivered)
        #expect(Set(all.prefix(first.delivered)) == Set(tagged))
        #expect(all.dropFirst(first.delivered).allSatisfy { !tagged.contains($0) }, "redelivered: \(all)")
        #expect(!outcome.output.contains(Self.secret) && !outcome.error.contains(Self.secret))
    }

    @Test func aWebhookWhoseTargetIsDownIsDisabledThenHealthReportsAndResumesIt() async throws {
        let loop = try ServedWorkspace()
        let id = try await loop.subscribe(target: "http://127.0.0.1:\(try LoopbackSocket.closedPort())/hooks", eventType: "reply_received", headers: [:])
        var disabled = false, failed = 0
        for _ in 0..<8 where !disabled {
            let step = try await loop.advance("1d")
            failed += step.failed
            disabled = step.output.contains(id)
        }
        #expect(disabled, "still enabled after \(failed) failed deliveries")
        #expect(try await loop.webhook(id)["status"] as? Int == -1)

        try loop.workspace.write("health.inst", """
            require instantly "campaigns:read" "accounts:read" "webhooks:read" "webhooks:update"
            use health
            let report = (health.check --quiet --webhooks)
            for p in $report.problems { if (contains $p "webhook") { print $p } }
            let resumed = (health.check --quiet --resume)
            for w in $resumed.webhooks { print "$w.id $w.status" }
            """)
        let health = try await loop.inst(["run", "--live", "health.inst"])
        #expect(health.status == 0, "stderr: \(health.error)")
        #expect(health.output.contains("webhook \(id) (reply_received → http://127.0.0.1:"), "\(health.output)")
        #expect(health.output.contains("was disabled after failed deliveries; fix: health.check --resume"))
        #expect(health.output.contains("\(id) resumed"))
        #expect(try await loop.webhook(id)["status"] as? Int == 1)
    }

    /// The emails in `synced EMAIL` lines.
    private static func synced(in output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("synced ") }.map { String($0.dropFirst(7)) }
    }
}
