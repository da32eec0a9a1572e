extension InstantlyWorkspace {
    /// The demo campaigns of DESIGN.md, sending from ada@ and grace@northwind.test on a weekday
    /// 09:00–17:00 `America/Detroit` schedule:
    /// - "Q4 Executive Peer": completed (3) with no audience — adding leads flips it to active (law 7);
    /// - "Q4 Partnerships": active, 40 leads (a few at the reserved `bounce.test` / `catchall.test`);
    /// - "Q4 Practitioner": completed, its 12 leads through the sequence.
    mutating func seedCampaigns() {
        let started = now.adding(.seconds(-21 * 86_400))
        let senders: JSON = ["ada@northwind.test", "grace@northwind.test"]
        _ = seedCampaign("Q4 Executive Peer", status: CampaignStatus.completed, senders: senders, created: started)
        let partnerships = seedCampaign("Q4 Partnerships", status: CampaignStatus.active, senders: senders, created: started)
        seedLeads(40, in: partnerships, status: LeadStatus.active, created: started)
        let practitioner = seedCampaign("Q4 Practitioner", status: CampaignStatus.completed, senders: senders, created: started)
        seedLeads(12, in: practitioner, status: LeadStatus.completed, created: started)
    }

    private mutating func seedCampaign(_ name: String, status: Int, senders: JSON, created: SimTime) -> String {
        let weekdays: JSON = ["0": false, "1": true, "2": true, "3": true, "4": true, "5": true, "6": false]
        let schedule: JSON = ["schedules": [["name": "Weekdays", "timing": ["from": "09:00", "to": "17:00"], "days": weekdays, "timezone": "America/Detroit"]]]
        let steps: JSON = [
            ["type": "email", "delay": 3, "variants": [["subject": "{{first_name}}, a question about {{company_name}}", "body": "<div>Hi {{first_name}},</div><div><br></div><div>Would a short call next week be useful?</div>"]]],
            ["type": "email", "delay": 4, "variants": [["subject": "Re: {{company_name}}", "body": "<div>Hi {{first_name}}, just bringing this back to the top of your inbox.</div>"]]],
        ]
        var campaign = newCampaign([
            "name": .string(name), "campaign_schedule": schedule, "sequences": [["steps": steps]],
            "email_list": senders, "daily_limit": 50, "stop_on_reply": true, "open_tracking": true,
        ])
        campaign["status"] = .int(status)
        campaign["timestamp_created"] = .string(created.iso8601)
        campaign["timestamp_updated"] = .string(created.iso8601)
        campaigns[campaign.id] = campaign
        return campaign.id
    }

    private static let firstNames = ["Maya", "Tom", "Priya", "Lena", "Omar", "Sofia", "Jonas", "Aiko", "Diego", "Hannah", "Kwame", "Elena"]
    private static let lastNames = ["Okafor", "Lindqvist", "Patel", "Moreau", "Haddad", "Rossi", "Berg", "Tanaka", "Alvarez", "Schmidt", "Mensah", "Novak"]
    private static let companies = ["Harbor Health", "Cedar Mutual", "Brightline Care", "Summit Partners", "Oakridge Group", "Lumen Works", "Pinecrest", "Riverbank"]

    /// `count` leads at reserved `.test` domains, names drawn from the seed; every tenth at
    /// `bounce.test` and every fourteenth at `catchall.test`.
    private mutating func seedLeads(_ count: Int, in campaign: String, status: Int, created: SimTime) {
        for index in 0..<count {
            let first = Self.firstNames[Int(random.next() % UInt64(Self.firstNames.count))]
            let last = Self.lastNames[Int(random.next() % UInt64(Self.lastNames.count))]
            let company = Self.companies[Int(random.next() % UInt64(Self.companies.count))]
            let domain = index % 10 == 9 ? "bounce.test" : index % 14 == 13 ? "catchall.test"
                : company.lowercased().replacingOccurrences(of: " ", with: "") + ".test"
            let email = "\(first.lowercased()).\(last.lowercased())\(index)@\(domain)"
            var lead = newLead(["email": .string(email), "first_name": .string(first), "last_name": .string(last), "company_name": .string(company)], campaign: campaign, list: nil)
            lead["status"] = .int(status)
            lead["timestamp_created"] = .string(created.iso8601)
            lead["timestamp_updated"] = .string(created.iso8601)
            insertLead(lead)
        }
    }
}
