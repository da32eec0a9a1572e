import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `inst serve --register` that cannot register stops with exit status 1, after saying what
/// failed and what to do, with the dry-run plan printed as on any stop.
@Suite struct ServeRegisterFailureTests {
    @Test func aKeyWithoutTheWebhookScopesStopsTheServer() async throws {
        let simulator = try ServingInst(arguments: ["sim", "serve", "--port", "0"])
        defer { simulator.kill() }
        let port = try #require(SimServeTests.port(in: try simulator.firstLine()))
        let key = try await Self.key(scopes: ["webhooks:read"], at: port)
        let server = try ServingScript(script: Self.script, environment: [
            "INSTANTLY_API_KEY": key, "INSTANTLY_BASE_URL": "http://127.0.0.1:\(port)", "INST_WEBHOOK_SECRET": "s3cret-value",
        ], arguments: ["--register", "--live"])
        let outcome = try server.waitForExit()
        #expect(outcome.status == 1, "stdout: \(outcome.output)")
        #expect(outcome.error.contains(
            "--register failed (Instantly at http://127.0.0.1:\(port)): POST /api/v2/webhooks: Instantly answered 403"), "\(outcome.error)")
        #expect(outcome.error.contains("hint: the key needs one of these scopes: webhooks:create"), "\(outcome.error)")
        #expect(outcome.error.contains("note: inst serve stops: no webhook would deliver to http://127.0.0.1:\(server.port)/"))
        #expect(!(outcome.output + outcome.error).contains("s3cret-value"))
        #expect(!(outcome.output + outcome.error).contains(key))
    }

    @Test func anUnreachableInstantlyStopsTheServerAndThePlanIsPrinted() throws {
        let server = try ServingScript(script: """
            require instantly "lead_lists:create"
            instantly.lead_lists.create name="from serve"
            on reply_received { print "reply" }
            """, environment: ["INSTANTLY_API_KEY": "k", "INSTANTLY_BASE_URL": "http://127.0.0.1:1"], arguments: ["--register"])
        let outcome = try server.waitForExit()
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("--register failed (Instantly at http://127.0.0.1:1)"), "\(outcome.error)")
        #expect(outcome.error.contains("hint: check that Instantly answers at http://127.0.0.1:1 (INSTANTLY_BASE_URL"))
        #expect(outcome.error.contains("POST /api/v2/lead-lists"), "the plan: \(outcome.error)")
    }

    private static let script = """
        print "top level ran"
        on reply_received { print "reply $event.lead_email" }
        """

    /// A key made on the simulator at `port` that holds only `scopes`.
    private static func key(scopes: [String], at port: Int) async throws -> String {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/api/v2/api-keys"))
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["name": "narrow", "scopes": scopes])
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer owner-key", forHTTPHeaderField: "Authorization")
        request.setValue("Mozilla/5.0 (tests)", forHTTPHeaderField: "User-Agent")
        let (data, _) = try await URLSession.shared.data(for: request)
        let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(answer["key"] as? String, "\(answer)")
    }
}
