import InstTransport
import Testing
@testable import InstSimulator

@Suite("GoHighLevel location")
struct HighLevelLocationTests {
    @Test func workflowEnrolment() async throws {
        let sim = Simulator.testing()
        let id = try await sim.ghlContact(["email": "hot@example.test"])
        let workflow = HighLevelLocation.hotReplyWorkflowID
        let added = try await sim.ghl(.post, "/contacts/\(id)/workflow/\(workflow)", json: ["eventStartTime": "2026-11-02T15:00:00+00:00"])
        #expect(added.status == 200)
        #expect(added.json["succeded"] == true && added.json["succeeded"] == true)
        _ = try await sim.ghl(.post, "/contacts/\(id)/workflow/\(workflow)")
        #expect(sim.highLevel.enrolments(of: id).count == 1)
        let removed = try await sim.ghl(.delete, "/contacts/\(id)/workflow/\(workflow)")
        #expect(removed.status == 200)
        #expect(sim.highLevel.enrolments(of: id).isEmpty)
        #expect(try await sim.ghl(.post, "/contacts/\(id)/workflow/unknown").status == 404)
    }

    @Test func searchPagesWithSearchAfter() async throws {
        let sim = Simulator.testing(demo: false)
        for index in 0..<5 { _ = try await sim.ghlContact(["email": .string("p\(index)@paging.test"), "tags": index.isMultiple(of: 2) ? ["even"] : []]) }
        var seen: [String] = []
        var after: JSON?
        for _ in 0..<5 {
            var body: JSONObject = ["locationId": "loc_northwind", "pageLimit": 2]
            if let after { body["searchAfter"] = after }
            let page = try await sim.ghl(.post, "/contacts/search", json: .object(body))
            #expect(page.json["total"] == 5)
            let contacts = page.json["contacts"]?.arrayValue ?? []
            if contacts.isEmpty { break }
            seen += contacts.compactMap { $0["email"]?.stringValue }
            after = contacts.last?["searchAfter"]
        }
        #expect(seen == (0..<5).map { "p\($0)@paging.test" })
        let even = try await sim.ghl(.post, "/contacts/search", json: ["locationId": "loc_northwind", "pageLimit": 10,
                                                                        "filters": [["field": "tags", "operator": "eq", "value": "even"]]])
        #expect(even.json["total"] == 3)
        let query = try await sim.ghl(.post, "/contacts/search", json: ["locationId": "loc_northwind", "pageLimit": 10, "query": "p3@"])
        #expect(query.json["contacts"]?.arrayValue?.count == 1)
        #expect(try await sim.ghl(.post, "/contacts/search", json: ["locationId": "loc_northwind"]).status == 422)
        let second = try await sim.ghl(.post, "/contacts/search", json: ["locationId": "loc_northwind", "pageLimit": 2, "page": 2,
                                                                          "sort": [["field": "email", "direction": "desc"]]])
        #expect(second.json["contacts"]?.arrayValue?.compactMap { $0["email"]?.stringValue } == ["p2@paging.test", "p1@paging.test"])
        let listed = try await sim.ghl(.get, "/contacts/", query: [QueryItem(name: "locationId", value: "loc_northwind"), QueryItem(name: "limit", value: "3")])
        #expect(listed.json["contacts"]?.arrayValue?.count == 3)
        #expect(listed.json["meta"]?["total"] == 5)
    }

    @Test func notesAndTasks() async throws {
        let sim = Simulator.testing()
        let id = try await sim.ghlContact(["email": "notes@example.test"])
        let note = try await sim.ghl(.post, "/contacts/\(id)/notes", json: ["body": "Replied: interested"])
        #expect(note.status == 200)
        let noteID = try #require(note.json["note"]?["id"]?.stringValue)
        #expect(try await sim.ghl(.get, "/contacts/\(id)/notes").json["notes"]?.arrayValue?.count == 1)
        #expect(try await sim.ghl(.post, "/contacts/\(id)/notes", json: ["body": "x", "locationId": "loc_northwind"]).status == 422)
        #expect(try await sim.ghl(.delete, "/contacts/\(id)/notes/\(noteID)").json["succeded"] == true)
        let task = try await sim.ghl(.post, "/contacts/\(id)/tasks", json: ["title": "Call", "dueDate": "2026-11-03T10:00:00Z", "completed": false])
        let taskID = try #require(task.json["task"]?["id"]?.stringValue)
        let done = try await sim.ghl(.put, "/contacts/\(id)/tasks/\(taskID)/completed", json: ["completed": true])
        #expect(done.json["task"]?["completed"] == true)
    }

    @Test func rateLimitHeadersAndBurst429() async throws {
        let sim = Simulator.testing()
        let query = [QueryItem(name: "locationId", value: "loc_northwind")]
        let first = try await sim.ghl(.get, "/workflows/", query: query)
        #expect(first.response.headers["X-RateLimit-Max"] == "100")
        #expect(first.response.headers["X-RateLimit-Remaining"] == "99")
        #expect(first.response.headers["X-RateLimit-Interval-Milliseconds"] == "10000")
        #expect(first.response.headers["X-RateLimit-Limit-Daily"] == "200000")
        #expect(first.response.headers["X-RateLimit-Daily-Remaining"] == "199999")
        for _ in 0..<99 { _ = try await sim.ghl(.get, "/workflows/", query: query) }
        let refused = try await sim.ghl(.get, "/workflows/", query: query)
        #expect(refused.status == 429)
        #expect(refused.response.headers["X-RateLimit-Remaining"] == "0")
        #expect(refused.response.headers["Retry-After"] != nil)
        // Instantly's budget is its own.
        #expect(try await sim.call(.get, "/api/v2/campaigns").status == 200)
        sim.advance(by: .seconds(10))
        #expect(try await sim.ghl(.get, "/workflows/", query: query).status == 200)
    }

    @Test func unimplementedOperationsAnswer501() async throws {
        let sim = Simulator.testing()
        #expect(try await sim.ghl(.get, "/contacts/business/b1", query: [QueryItem(name: "locationId", value: "loc_northwind")]).status == 501)
        #expect(try await sim.ghl(.get, "/nowhere").status == 404)
    }

    @Test func forksFaultsAndUnlimitedSimulators() async throws {
        let sim = Simulator.testing()
        let dryRun = sim.fork()
        _ = try await dryRun.ghlContact(["email": "dry@example.test"])
        #expect(dryRun.highLevel.contacts.count == 4)
        #expect(sim.highLevel.contacts.count == 3)
        let failing = Simulator.testing(faults: try FaultPlan(parsing: "500:100%"))
        let failed = try await failing.ghl(.get, "/contacts/x")
        #expect(failed.status == 500)
        #expect(failed.json["statusCode"] == 500)
        let unlimited = Simulator.testing(rateLimits: .unlimited)
        for _ in 0..<120 { #expect(try await unlimited.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")]).status == 200) }
    }
}
