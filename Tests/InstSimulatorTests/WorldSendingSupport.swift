import InstTransport
@testable import InstSimulator

/// A campaign a sending test builds through the API: weekday 09:00–17:00 `America/Detroit`,
/// sending from the demo's active accounts.
struct WorldCampaign {
    var name = "World test"
    var senders = ["ada@northwind.test", "grace@northwind.test"]
    var dailyLimit = 100
    var stepDelays = [2, 3]
    var days: JSON = ["0": false, "1": true, "2": true, "3": true, "4": true, "5": true, "6": false]
    var from = "09:00"
    var to = "17:00"

    var body: JSON {
        let steps = stepDelays.enumerated().map { index, delay -> JSON in
            ["type": "email", "delay": .int(delay), "variants": [["subject": index == 0 ? "Hello {{first_name}}" : "", "body": .string("<div>Step \(index + 1) for {{company_name}}</div>")]]]
        }
        return [
            "name": .string(name), "email_list": .array(senders.map(JSON.string)), "daily_limit": .int(dailyLimit), "stop_on_reply": true,
            "campaign_schedule": ["schedules": [["name": "Weekdays", "timing": ["from": .string(from), "to": .string(to)], "days": days, "timezone": "America/Detroit"]]],
            "sequences": [["steps": .array(steps)]],
        ]
    }
}

extension Simulator {
    /// Pauses the demo's active campaign so a test's campaign sends alone.
    func quietDemo() async throws {
        let partnerships = try await campaign(named: "Q4 Partnerships")
        _ = try await call(.post, "/api/v2/campaigns/\(partnerships["id"]?.stringValue ?? "")/pause", json: [:])
    }

    /// Creates `campaign` with `leads` (email addresses), activates it, and returns its id.
    func launch(_ campaign: WorldCampaign, leads: [String]) async throws -> String {
        let created = try await call(.post, "/api/v2/campaigns", json: campaign.body)
        let id = created.json["id"]?.stringValue ?? ""
        for chunk in stride(from: 0, to: leads.count, by: 1000) {
            let batch = leads[chunk..<min(leads.count, chunk + 1000)].enumerated().map { index, email -> JSON in
                ["email": .string(email), "first_name": .string("Lead\(chunk + index)"), "company_name": "Acme"]
            }
            _ = try await call(.post, "/api/v2/leads/add", json: ["campaign_id": .string(id), "leads": .array(batch)])
        }
        _ = try await call(.post, "/api/v2/campaigns/\(id)/activate", json: [:])
        return id
    }

    /// Every email of a campaign of an `email_type` (`sent` or `received`), oldest first, through the
    /// paged `GET /emails`.
    func emails(ofCampaign id: String, type: String) async throws -> [JSON] {
        var all: [JSON] = []
        var cursor: String?
        repeat {
            var query = [("campaign_id", id), ("email_type", type), ("sort_order", "asc"), ("limit", "100")]
            if let cursor { query.append(("starting_after", cursor)) }
            let answer = try await call(.get, "/api/v2/emails", query: query.map { QueryItem(name: $0.0, value: $0.1) })
            all += answer.json["items"]?.arrayValue ?? []
            cursor = answer.json["next_starting_after"]?.stringValue
        } while cursor != nil
        return all
    }
}

/// `count` addresses at `domain`.
func worldLeads(_ count: Int, at domain: String = "acme.test") -> [String] {
    (0..<count).map { "lead\($0)@\(domain)" }
}
