import APISchema
import InstLanguage
import InstantlyKit
import Testing

/// The validator on the catalog's own schemas: the cases the laws are about.
@Suite struct CatalogValidationTests {
    static func body(of command: String) throws -> JSONSchema {
        try #require(InstantlyCatalog.operation(named: command)?.body?.schema, "\(command) has a body")
    }

    static func campaign(timezone: String) -> Value {
        let schedule: Value = [
            "name": "Weekdays",
            "timing": ["from": "09:00", "to": "17:00"],
            "days": ["1": true, "2": true, "3": true, "4": true, "5": true],
            "timezone": .string(timezone),
        ]
        return ["name": "Q1 Partnerships", "campaign_schedule": ["schedules": [schedule]], "daily_limit": 20]
    }

    @Test func detroitIsAnAcceptedEasternTimezone() throws {
        #expect(try Self.body(of: "instantly.campaigns.create").validate(Self.campaign(timezone: "America/Detroit"), at: "body") == [])
    }

    @Test func newYorkIsRejectedByTheTimezoneEnum() throws {
        // Law 3: America/New_York is not in the spec's closed list of 102 zones.
        let violations = try Self.body(of: "instantly.campaigns.create").validate(Self.campaign(timezone: "America/New_York"), at: "body")
        let violation = try #require(violations.first)
        #expect(violations.count == 1)
        #expect(violation.kind == .notAllowed)
        #expect(violation.path == "body.campaign_schedule.schedules[0].timezone")
        #expect(violation.message == #""America/New_York" is not one of the 102 allowed values"#)
        #expect(violation.suggestion?.hasPrefix(#"the closest: "America/"#) == true)
    }

    @Test func limitBoundsOfAListQuery() throws {
        let list = try #require(InstantlyCatalog.operation(named: "instantly.campaigns.list"))
        let limit = try #require(list.queryParameters.first { $0.name == "limit" })
        #expect(limit.schema.validate(100, at: "limit") == [])
        #expect(limit.schema.validate(0, at: "limit").map(\.description) == ["limit: 0 is below the minimum 1"])
        #expect(limit.schema.validate(500, at: "limit").map(\.description) == ["limit: 500 is above the maximum 100"])
        #expect(limit.schema.validate("10", at: "limit").map(\.description) == ["limit: expected int, got string"])
    }

    @Test func leadsListLimitIsAtMostOneHundred() throws {
        // Law 9: POST /leads/list takes `limit` ≤ 100 in its body.
        let violations = try Self.body(of: "instantly.leads.list").validate(["limit": 1000], at: "body")
        #expect(violations.map(\.description) == ["body.limit: 1000 is above the maximum 100"])
    }

    @Test func unknownBodyFieldIsNamedWithTheClosestAllowedOnes() throws {
        var body = Self.campaign(timezone: "America/Detroit")
        if case .map(var fields) = body {
            fields["daily_limt"] = 30
            body = .map(fields)
        }
        let violations = try Self.body(of: "instantly.campaigns.create").validate(body, at: "body")
        let violation = try #require(violations.first)
        #expect(violations.count == 1)
        #expect(violation.kind == .unknownField)
        #expect(violation.path == "body.daily_limt")
        #expect(violation.message.hasPrefix("unknown field; allowed: daily_limit, "))
        #expect(violation.message.hasSuffix("(30 in all)"))
    }

    @Test func missingRequiredFieldsAndBadTimesInASchedule() throws {
        let body: Value = [
            "campaign_schedule": ["schedules": [["name": "x", "timing": ["from": "9:00", "to": "17:00"], "days": [:], "timezone": "Etc/GMT+12"]]],
        ]
        let violations = try Self.body(of: "instantly.campaigns.create").validate(body, at: "body")
        #expect(violations.map(\.description) == [
            "body.name: required, but missing",
            #"body.campaign_schedule.schedules[0].timing.from: "9:00" does not match ^([01][0-9]|2[0-3]):([0-5][0-9])$"#,
            "body.campaign_schedule.schedules[0].days: has 0 fields; at least 1 needed",
        ])
    }

    @Test func bulkAddTakesOneToAThousandLeads() throws {
        let schema = try Self.body(of: "instantly.leads.add")
        let campaign: Value = "019f038e-445b-721e-8dc5-b6bfc5268286"
        let none = schema.validate(["campaign_id": campaign, "leads": []], at: "body")
        #expect(none.map(\.description) == ["body.leads: has 0 items; at least 1 needed"])
        let one = schema.validate(["campaign_id": campaign, "leads": [["email": "ada@northwind.test"]]], at: "body")
        #expect(one == [])
    }

    @Test func idsMustBeUUIDs() throws {
        let violations = try Self.body(of: "instantly.leads.list").validate(["campaign": "Q4 Partnerships"], at: "body")
        #expect(violations.map(\.description) == [#"body.campaign: "Q4 Partnerships" is not a uuid"#])
    }
}
