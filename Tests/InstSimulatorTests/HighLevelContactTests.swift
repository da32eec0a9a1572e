import InstTransport
import Testing
@testable import InstSimulator

@Suite("GoHighLevel contacts")
struct HighLevelContactTests {
    @Test func tokenAndVersionAreRequired() async throws {
        let sim = Simulator.testing()
        let missing = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")], token: nil)
        #expect(missing.status == 401)
        #expect(missing.json["message"] == "Invalid JWT")
        let empty = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")], token: " ")
        #expect(empty.status == 401)
        let noVersion = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")], version: nil)
        #expect(noVersion.status == 400)
        #expect(noVersion.json["statusCode"] == 400)
        // Any version is taken: the official Python SDK 3.x sends `v3`.
        let sdk = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")], version: "v3")
        #expect(sdk.status == 200)
        let other = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_elsewhere")])
        #expect(other.status == 403)
    }

    @Test func workflowsListHotReply() async throws {
        let sim = Simulator.testing()
        let answer = try await sim.ghl(.get, "/workflows/", query: [QueryItem(name: "locationId", value: "loc_northwind")])
        #expect(answer.status == 200)
        #expect(answer.json["traceId"]?.stringValue?.isEmpty == false)
        let names = answer.json["workflows"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names?.contains("Hot reply") == true)
        let missing = try await sim.ghl(.get, "/workflows/")
        #expect(missing.status == 422)
    }

    @Test func createThenDuplicate() async throws {
        let sim = Simulator.testing()
        let created = try await sim.ghl(.post, "/contacts/", json: ["locationId": "loc_northwind", "email": "Ada@Example.test", "firstName": "Ada", "phone": "+1 555 0100 999"])
        #expect(created.status == 200)
        let id = try #require(created.json["contact"]?["id"]?.stringValue)
        #expect(created.json["traceId"] != nil)
        let byEmail = try await sim.ghl(.post, "/contacts/", json: ["locationId": "loc_northwind", "email": "ada@example.test"])
        #expect(byEmail.status == 400)
        #expect(byEmail.json["message"] == "This location does not allow duplicated contacts.")
        #expect(byEmail.json["meta"]?["contactId"]?.stringValue == id)
        #expect(byEmail.json["meta"]?["matchingField"] == "email")
        let byPhone = try await sim.ghl(.post, "/contacts/", json: ["locationId": "loc_northwind", "phone": "+15550100999"])
        #expect(byPhone.json["meta"]?["matchingField"] == "phone")
        let lookup = try await sim.ghl(.get, "/contacts/search/duplicate", query: [QueryItem(name: "locationId", value: "loc_northwind"), QueryItem(name: "email", value: "ADA@example.test")])
        #expect(lookup.json["contact"]?["id"]?.stringValue == id)
        let none = try await sim.ghl(.get, "/contacts/search/duplicate", query: [QueryItem(name: "locationId", value: "loc_northwind"), QueryItem(name: "email", value: "nobody@example.test")])
        #expect(none.json["contact"] == .null)
        let fetched = try await sim.ghl(.get, "/contacts/\(id)")
        #expect(fetched.json["contact"]?["firstName"] == "Ada")
    }

    @Test func upsertCreatesThenUpdatesAndReplacesTags() async throws {
        let sim = Simulator.testing()
        let first = try await sim.ghl(.post, "/contacts/upsert", json: ["locationId": "loc_northwind", "email": "grace@example.test", "tags": ["A", "b"]])
        #expect(first.json["new"] == true)
        let id = try #require(first.json["contact"]?["id"]?.stringValue)
        #expect(first.json["contact"]?["tags"] == ["a", "b"])
        let second = try await sim.ghl(.post, "/contacts/upsert", json: ["locationId": "loc_northwind", "email": "grace@example.test", "lastName": "Hopper", "tags": ["c"]])
        #expect(second.json["new"] == false)
        #expect(second.json["contact"]?["id"]?.stringValue == id)
        #expect(second.json["contact"]?["tags"] == ["c"])  // law G1: replaced, not merged
        #expect(second.json["contact"]?["lastName"] == "Hopper")
    }

    @Test func tagsAddAndRemove() async throws {
        let sim = Simulator.testing()
        let id = try await sim.ghlContact(["email": "linus@example.test", "tags": ["old"]])
        let added = try await sim.ghl(.post, "/contacts/\(id)/tags", json: ["tags": ["Instantly-Q4", "old"]])
        #expect(added.status == 200)
        #expect(added.json["tags"] == ["old", "instantly-q4"])
        let removed = try await sim.ghl(.delete, "/contacts/\(id)/tags", json: ["tags": ["old"]])
        #expect(removed.json["tags"] == ["instantly-q4"])
        let withLocation = try await sim.ghl(.post, "/contacts/\(id)/tags", json: ["tags": ["x"], "locationId": "loc_northwind"])
        #expect(withLocation.status == 422)
        let unknown = try await sim.ghl(.post, "/contacts/nope/tags", json: ["tags": ["x"]])
        #expect(unknown.status == 400)
    }

    @Test func updateRefusesLocationIdAndUnknownProperties() async throws {
        let sim = Simulator.testing()
        let id = try await sim.ghlContact(["email": "ken@example.test"])
        let located = try await sim.ghl(.put, "/contacts/\(id)", json: ["locationId": "loc_northwind", "firstName": "Ken"])
        #expect(located.status == 422)
        #expect(located.json["message"] == ["property locationId should not exist"])
        #expect(located.json["error"] == "Unprocessable Entity")
        let unknown = try await sim.ghl(.put, "/contacts/\(id)", json: ["first_name": "Ken", "dnd": "yes"])
        #expect(unknown.json["message"] == ["property first_name should not exist", "dnd must be a boolean"])
        let updated = try await sim.ghl(.put, "/contacts/\(id)", json: ["firstName": "Ken"])
        #expect(updated.status == 200)
        #expect(updated.json["succeded"] == true)
        #expect(updated.json["succeeded"] == true)
        #expect(updated.json["contact"]?["firstName"] == "Ken")
        let createWithout = try await sim.ghl(.post, "/contacts/", json: ["email": "x@example.test"])
        #expect(createWithout.json["message"] == ["locationId should not be empty"])
        let badEmail = try await sim.ghl(.post, "/contacts/upsert", json: ["locationId": "loc_northwind", "email": "not-an-email"])
        #expect(badEmail.json["message"] == ["email must be an email"])
    }

    @Test func deleteAnswersBothSpellings() async throws {
        let sim = Simulator.testing()
        let id = try await sim.ghlContact(["email": "dennis@example.test"])
        let deleted = try await sim.ghl(.delete, "/contacts/\(id)")
        #expect(deleted.status == 200)
        #expect(deleted.json["succeded"] == true)
        #expect(deleted.json["succeeded"] == true)
        #expect(deleted.json["traceId"] != nil)
        #expect(try await sim.ghl(.get, "/contacts/\(id)").status == 400)
    }
}
