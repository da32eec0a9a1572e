import InstTransport
import Testing
@testable import InstSimulator

@Suite struct WorldAccountsTests {
    @Test func getPauseResumeAndMarkFixed() async throws {
        let simulator = Simulator.world()
        let ada = try await simulator.call(.get, "/api/v2/accounts/ada@northwind.test")
        #expect(ada.json["first_name"] == "Ada" && ada.json["status"] == 1 && ada.json["warmup_status"] == 1)
        #expect(try await simulator.call(.post, "/api/v2/accounts/ada@northwind.test/pause").json["status"] == 2)
        #expect(try await simulator.call(.post, "/api/v2/accounts/ada@northwind.test/resume").json["status"] == 1)
        // An account in error stays in error on resume; mark-fixed clears it.
        #expect(try await simulator.call(.post, "/api/v2/accounts/linus@northwind.test/resume").json["status"] == -1)
        let fixed = try await simulator.call(.post, "/api/v2/accounts/linus@northwind.test/mark-fixed")
        #expect(fixed.json["status"] == 1 && fixed.json["status_message"] == .null)
        #expect(try await simulator.call(.get, "/api/v2/accounts/nobody@northwind.test").status == 404)
    }

    @Test func listPagesWithTimestampEmailCursors() async throws {
        let simulator = Simulator.world()
        let first = try await simulator.call(.get, "/api/v2/accounts", query: [QueryItem(name: "limit", value: "2")])
        #expect(first.json["items"]?.arrayValue?.count == 2)
        let cursor = first.json["next_starting_after"]?.stringValue ?? ""
        #expect(cursor.hasSuffix("&grace@northwind.test"))
        let second = try await simulator.call(.get, "/api/v2/accounts", query: [QueryItem(name: "limit", value: "2"), QueryItem(name: "starting_after", value: cursor)])
        #expect(second.json["items"]?.arrayValue?.map { $0["email"] } == ["linus@northwind.test"])
        #expect(second.json["next_starting_after"] == nil)
        let searched = try await simulator.call(.get, "/api/v2/accounts", query: [QueryItem(name: "search", value: "grace")])
        #expect(searched.json["items"]?.arrayValue?.count == 1)
    }

    @Test func createPatchDelete() async throws {
        let simulator = Simulator.world()
        let body: JSON = [
            "email": "new@northwind.test", "first_name": "New", "last_name": "Sender", "provider_code": 1,
            "imap_username": "new", "imap_password": "secret", "imap_host": "imap.northwind.test", "imap_port": 993,
            "smtp_username": "new", "smtp_password": "secret", "smtp_host": "smtp.northwind.test", "smtp_port": 465,
        ]
        let created = try await simulator.call(.post, "/api/v2/accounts", json: body)
        #expect(created.status == 200 && created.json["status"] == 1)
        #expect(!created.response.bodyText.contains("secret"))
        let patched = try await simulator.call(.patch, "/api/v2/accounts/new@northwind.test", json: ["daily_limit": 12, "warmup": ["limit": 7]])
        #expect(patched.json["daily_limit"] == 12 && patched.json["warmup"]?["limit"] == 7)
        #expect(try await simulator.call(.delete, "/api/v2/accounts/new@northwind.test").status == 200)
        #expect(try await simulator.call(.get, "/api/v2/accounts/new@northwind.test").status == 404)
    }

    @Test func warmupToggleIsABackgroundJob() async throws {
        let simulator = Simulator.world()
        let job = try await simulator.call(.post, "/api/v2/accounts/warmup/disable", json: ["emails": ["ada@northwind.test"]])
        #expect(job.json["type"] == "update-warmup-accounts" && job.json["status"] == "success")
        #expect(try await simulator.call(.get, "/api/v2/accounts/ada@northwind.test").json["warmup_status"] == 0)
        let fetched = try await simulator.call(.get, "/api/v2/background-jobs/\(job.json["id"]?.stringValue ?? "")")
        #expect(fetched.json["id"] == job.json["id"])
        #expect(try await simulator.items("/api/v2/background-jobs").count == 1)
        let analytics = try await simulator.call(.post, "/api/v2/accounts/warmup-analytics", json: ["emails": ["grace@northwind.test"]])
        #expect((analytics.json["aggregate_data"]?["grace@northwind.test"]?["sent"]?.intValue ?? 0) > 0)
    }

    @Test func vitalsCheckDomains() async throws {
        let answer = try await Simulator.world().call(.post, "/api/v2/accounts/test/vitals", json: ["accounts": ["ada@northwind.test", "x@invalid.test"]])
        #expect(answer.json["success_list"]?.arrayValue?.map { $0["domain"] } == ["northwind.test"])
        #expect(answer.json["failure_list"]?.arrayValue?.map { $0["domain"] } == ["invalid.test"])
    }
}
