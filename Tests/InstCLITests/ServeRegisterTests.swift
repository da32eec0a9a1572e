import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `inst serve --register` as a user runs it: refused when Instantly cannot reach the target,
/// planned in a dry-run, and the secret reaches neither the plan nor the audit log; a restart
/// updates the same webhooks.
@Suite struct ServeRegisterTests {
    @Test func refusesALoopbackTargetForARemoteInstantly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try InstBinary.run(
            ["serve", "hooks.inst", "--register", "--port", "0"], directory: folder,
            environment: ["INSTANTLY_API_KEY": "k", "INSTANTLY_BASE_URL": "https://api.example.test"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("cannot reach this machine's 127.0.0.1"))
        #expect(outcome.error.contains("--public-url https://"))
        #expect(!outcome.output.contains("top level ran"), "refused before the script runs")
    }

    @Test func aDryRunPlansTheSubscriptionsWithoutTheSecret() throws {
        let server = try ServingScript(script: Self.script, environment: ["INST_WEBHOOK_SECRET": "s3cret-value"], arguments: ["--register"])
        #expect(!server.printed.contains("X-Inst-Secret"))
        try server.waitForOutput { $0.contains("pass --live to register") }
        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.contains("planned (dry-run): create a webhook for reply_received → http://127.0.0.1:\(server.port)/"))
        #expect(outcome.output.contains("planned (dry-run): create a webhook for email_link_clicked"))
        #expect(outcome.error.contains("POST /api/v2/webhooks"))
        #expect(outcome.error.contains(#""X-Inst-Secret":"[redacted]""#))
        #expect(!(outcome.output + outcome.error).contains("s3cret-value"))
        let audit = try String(contentsOf: server.folder.appendingPathComponent("state/inst/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("instantly.webhooks.create"))
        #expect(!audit.contains("s3cret-value"))
    }

    @Test func aLiveRegistrationKeepsTheSecretOutOfTheAuditLog() throws {
        let server = try ServingScript(script: Self.script, environment: ["INST_WEBHOOK_SECRET": "s3cret-value"], arguments: ["--register", "--live"])
        try server.waitForOutput { $0.contains("created for email_link_clicked") }
        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.contains("created for reply_received → http://127.0.0.1:\(server.port)/"))
        let audit = try String(contentsOf: server.folder.appendingPathComponent("state/inst/audit.jsonl"), encoding: .utf8)
        let creates = audit.split(separator: "\n").filter { $0.contains("instantly.webhooks.create") && $0.contains(#""outcome":"sent""#) }
        #expect(creates.count == 2)
        #expect(creates.allSatisfy { $0.contains(#"\"X-Inst-Secret\":\"[redacted]\""#) })
        #expect(!(audit + outcome.output + outcome.error).contains("s3cret-value"))
    }

    @Test func aGeneratedSecretIsNotPrintedWhenTheSubscriptionCarriesIt() throws {
        let server = try ServingScript(script: Self.script, arguments: ["--register", "--live"])
        try server.waitForOutput { $0.contains("created for email_link_clicked") }
        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(!outcome.output.contains("X-Inst-Secret"))
        #expect(!outcome.output.contains("generated for this run"))
    }

    @Test func aSecondStartAgainstSimServeUpdatesTheSameWebhooks() async throws {
        let simulator = try ServingInst(arguments: ["sim", "serve", "--port", "0"])
        defer { simulator.kill() }
        let port = try #require(SimServeTests.port(in: try simulator.firstLine()))
        let target = "http://127.0.0.1:9/instantly"
        var ids: [[String]] = []
        for secret in ["first-secret", "second-secret"] {
            let server = try ServingScript(script: Self.script, environment: [
                "INSTANTLY_API_KEY": "test-key", "INSTANTLY_BASE_URL": "http://127.0.0.1:\(port)", "INST_WEBHOOK_SECRET": secret,
            ], arguments: ["--register", "--live", "--public-url", target])
            let printed = try server.waitForOutput { $0.contains("for email_link_clicked") }
            let outcome = try server.terminate()
            #expect(outcome.status == 0, "stderr: \(outcome.error)")
            let lines = printed.split(separator: "\n").filter { $0.hasPrefix("inst serve: webhook ") }
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { $0.contains(secret == "first-secret" ? " created for " : " updated for ") && $0.hasSuffix("→ \(target)") })
            ids.append(lines.compactMap { $0.split(separator: " ").dropFirst(3).first.map(String.init) })
        }
        #expect(ids[0] == ids[1])

        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/api/v2/webhooks?limit=100")))
        request.setValue("Bearer test-key", forHTTPHeaderField: "Authorization")
        request.setValue("Mozilla/5.0 (tests)", forHTTPHeaderField: "User-Agent")
        let (body, _) = try await URLSession.shared.data(for: request)
        let page = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let hooks = (page["items"] as? [[String: Any]] ?? []).filter { $0["target_hook_url"] as? String == target }
        #expect(hooks.compactMap { $0["event_type"] as? String }.sorted() == ["email_link_clicked", "reply_received"])
        #expect(hooks.allSatisfy { ($0["headers"] as? [String: String]) == ["X-Inst-Secret": "second-secret"] })
    }

    private static let script = """
        print "top level ran"
        on reply_received { print "reply $event.lead_email" }
        on link_clicked { print "click" }
        """

    private static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(script.utf8).write(to: folder.appendingPathComponent("hooks.inst"))
        return folder.path
    }
}
