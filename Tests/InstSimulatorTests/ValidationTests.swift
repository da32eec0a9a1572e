import InstTransport
import Testing
@testable import InstSimulator

@Suite struct ValidationTests {
    static let schedule: JSON = ["schedules": [["name": "Weekdays", "timing": ["from": "09:00", "to": "17:00"], "days": ["1": true], "timezone": "America/Detroit"]]]

    func message(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [], json: JSON? = nil) async throws -> (Int, String) {
        let answer = try await Simulator.testing().call(.init(rawValue: method.rawValue), path, query: query, json: json)
        return (answer.status, answer.json["message"]?.stringValue ?? "")
    }

    @Test func newYorkIsNotAnAcceptedTimezone() async throws {
        var schedule = Self.schedule
        schedule = ["schedules": [["name": "Weekdays", "timing": ["from": "09:00", "to": "17:00"], "days": ["1": true], "timezone": "America/New_York"]]]
        let (status, text) = try await message(.post, "/api/v2/campaigns", json: ["name": "x", "campaign_schedule": schedule])
        #expect(status == 400)
        #expect(text == "body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values")
        let (ok, _) = try await message(.post, "/api/v2/campaigns", json: ["name": "x", "campaign_schedule": Self.schedule])
        #expect(ok == 200)
    }

    @Test func fastifyMessages() async throws {
        #expect(try await message(.post, "/api/v2/leads/list", json: ["limit": 101]) == (400, "body/limit must be <= 100"))
        #expect(try await message(.post, "/api/v2/leads", json: ["email": "a@b.test", "favourite_colour": "red"]) == (400, "body must NOT have additional properties"))
        #expect(try await message(.get, "/api/v2/campaigns", query: [QueryItem(name: "limit", value: "0")]) == (400, "querystring/limit must be >= 1"))
        #expect(try await message(.get, "/api/v2/campaigns", query: [QueryItem(name: "limit", value: "ten")]) == (400, "querystring/limit must be integer"))
        #expect(try await message(.get, "/api/v2/campaigns/not-a-uuid") == (400, "params/id must match format \"uuid\""))
        #expect(try await message(.post, "/api/v2/leads/add", json: ["campaign_id": "019a0000-0000-4000-8000-000000000001"]) == (400, "body must have required property 'leads'"))
        #expect(try await message(.post, "/api/v2/leads/add", json: ["leads": []]) == (400, "body/leads must NOT have fewer than 1 items"))
    }

    @Test func customVariablesMustBeScalars() async throws {
        let (status, text) = try await message(.post, "/api/v2/leads", json: ["email": "a@b.test", "custom_variables": ["tags": ["a", "b"]]])
        #expect(status == 400)
        #expect(text == "body/custom_variables/tags must be string,number,boolean,null")
        let (ok, _) = try await message(.post, "/api/v2/leads", json: ["email": "a@b.test", "custom_variables": ["tier": 2, "vip": true, "note": nil]])
        #expect(ok == 200)
    }

    @Test func bulkAddAcceptsAtMostAThousandLeads() async throws {
        let leads = JSON.array((0..<1001).map { .object(["email": .string("p\($0)@x.test")]) })
        let (status, text) = try await message(.post, "/api/v2/leads/add", json: ["leads": leads, "list_id": "019a0000-0000-4000-8000-000000000001"])
        #expect(status == 400)
        #expect(text == "body/leads must NOT have more than 1000 items")
    }
}

@Suite struct BodyParsingTests {
    @Test func parserKeepsOrderAndRejectsJunk() throws {
        let parsed = try #require(JSON(parsing: Array(#"{"b":1,"a":[true,null,-2.5e1,"x\u00e9\n"]}"#.utf8)))
        #expect(parsed.objectValue?.keys == ["b", "a"])
        #expect(parsed["a"] == [true, nil, -25.0, "xé\n"])
        for junk in ["", "{", "{\"a\":}", "[1,]", "tru", "\"open", "1 2", String(repeating: "[", count: 200) + String(repeating: "]", count: 200)] {
            let parsed: JSON? = JSON(parsing: Array(junk.utf8))
            #expect(parsed == Optional<JSON>.none, "\(junk.prefix(20))")
        }
    }

    @Test func invalidJSONWithJSONContentTypeIs400() async throws {
        let answer = try await Simulator.testing().call(Call.make(.post, "/api/v2/campaigns", rawBody: Array("{name:".utf8)))
        #expect(answer.status == 400)
        #expect(answer.json["code"] == "FST_ERR_CTP_INVALID_JSON_BODY")
    }
}
