import InstTransport
import Testing
@testable import InstSimulator

@Suite struct CheckTests {
    @Test(arguments: [nil, "", "Python-urllib/3.11", "python-requests/2.31.0", "Go-http-client/1.1", "okhttp/4.12.0", "Java/17.0.2"])
    func cloudflareRefusesBareLibraryAgents(agent: String?) async throws {
        let response = try await Simulator.testing().send(Call.make(.get, "/api/v2/campaigns", userAgent: agent))
        #expect(response.status == 403)
        #expect(response.bodyText == "error code: 1010")
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain") == true)
    }

    @Test(arguments: ["instantlyai-python/0.7.0", "curl/8.5.0", "inst/0.3", "Mozilla/5.0 (Macintosh) Safari/605.1.15", "myapp/1.0 python-requests/2.31"])
    func cloudflareLetsNamedClientsPass(agent: String) async throws {
        let response = try await Simulator.testing().send(Call.make(.get, "/api/v2/campaigns", userAgent: agent))
        #expect(response.status == 200)
    }

    @Test(arguments: [nil, "", "Basic abc"])
    func missingKeyIs401(key: String?) async throws {
        var request = Call.make(.get, "/api/v2/campaigns", key: nil)
        if let key { request.headers["Authorization"] = key == "" ? "Bearer " : key }
        let answer = try await Simulator.testing().call(request)
        #expect(answer.status == 401)
        #expect(answer.json["statusCode"] == 401)
        #expect(answer.json["error"] == "Unauthorized")
    }

    @Test func scopedKeyGets403NamingTheScopes() async throws {
        let simulator = Simulator.testing()
        let created = try await simulator.call(.post, "/api/v2/api-keys", json: ["name": "reader", "scopes": ["campaigns:read"]])
        #expect(created.status == 200)
        let key = try #require(created.json["key"]?.stringValue)
        #expect(try await simulator.call(.get, "/api/v2/campaigns", key: key).status == 200)
        let refused = try await simulator.call(.post, "/api/v2/campaigns", json: ["name": "x"], key: key)
        #expect(refused.status == 403)
        let message = refused.json["message"]?.stringValue ?? ""
        #expect(message.contains("campaigns:create") && message.contains("all:all"))
        let listed = try await simulator.call(.get, "/api/v2/api-keys")
        #expect(listed.json["items"]?.arrayValue?.first?["key"]?.stringValue?.hasPrefix("****") == true)
    }

    @Test func jsonContentTypeWithEmptyBodyIs400() async throws {
        let simulator = Simulator.testing()
        let campaign = try await simulator.campaign(named: "Q4 Partnerships")
        let lead = try await simulator.call(.post, "/api/v2/leads/list", json: ["campaign": campaign["id"] ?? nil, "limit": 1])
        let id = try #require(lead.json["items"]?.arrayValue?.first?["id"]?.stringValue)
        let empty = try await simulator.call(Call.make(.delete, "/api/v2/leads/\(id)", contentType: "application/json", rawBody: []))
        #expect(empty.status == 400)
        #expect(empty.json["message"] == "Body cannot be empty when content-type is set to 'application/json'")
        // Law 8: no body and no Content-Type deletes.
        let deleted = try await simulator.call(Call.make(.delete, "/api/v2/leads/\(id)"))
        #expect(deleted.status == 200)
        #expect(try await simulator.call(.get, "/api/v2/leads/\(id)").status == 404)
    }

    @Test func unknownRouteIs404AndUnimplementedSpecOperationIs501() async throws {
        let simulator = Simulator.testing()
        let unknown = try await simulator.call(.get, "/api/v2/nothing-here")
        #expect(unknown.status == 404)
        #expect(unknown.json["message"] == "Route GET:/api/v2/nothing-here not found")
        let missing = try await simulator.call(.get, "/api/v2/workspace-billing/plan-details")
        #expect(missing.status == 501)
        #expect(missing.json["message"]?.stringValue?.contains("/api/v2/workspace-billing/plan-details") == true)
    }

    @Test func everySpecOperationIsRouted() {
        for operation in InstantlySpec.operations {
            let path = operation.path.replacingOccurrences(of: "{id}", with: "x")
            guard case .found = InstantlyService.routes.lookup(HTTPMethod(rawValue: operation.method), path: path) else {
                Issue.record("\(operation.method) \(operation.path) is not routed")
                continue
            }
        }
        #expect(InstantlySpec.operations.count == 168)
        #expect(InstantlySpec.scheduleTimezones.count == 102)
    }
}
