import APISchema
import InstLanguage

/// Law 7 in a plan: loading leads can flip a paused or completed campaign to active, and it
/// starts sending. Follows, per campaign loaded, how many leads went in and what the script did
/// after the last load: re-read the campaign (and the status it found), paused it, activated it.
struct LeadLoadLog: Sendable {
    struct Campaign: Sendable {
        var id: String
        var leads = 0
        var moves = 0
        /// Since the last load: the campaign was read back, with this status code.
        var reread = false
        var status: Int?
        var paused = false
        var activated = false
    }

    /// Campaigns in the order of their first load.
    private(set) var campaigns: [Campaign] = []
    /// Campaign names seen in answers, by id.
    private(set) var names: [String: String] = [:]

    mutating func review(_ call: PlannedRequest) {
        switch call.operation {
        case "instantly.leads.create":
            if let campaign = call.string("campaign") { load(into: campaign) { $0.leads += 1 } }
        case "instantly.leads.add":
            if let campaign = call.string("campaign_id"), case .list(let leads)? = call.fields["leads"] {
                load(into: campaign) { $0.leads += leads.count }
            }
        case "instantly.leads.move":
            if let campaign = call.string("to_campaign_id") { load(into: campaign) { $0.moves += 1 } }
        case "instantly.campaigns.pause":
            update(call.pathValues["id"]) { $0.paused = true }
        case "instantly.campaigns.activate":
            update(call.pathValues["id"]) { $0.activated = true }
        default:
            break
        }
    }

    /// Whether ``observe(_:answer:)`` needs the answer to `call` (the rest are not decoded): campaign
    /// listings (for names), and reads of a campaign loaded in this run.
    func wantsAnswer(to call: PlannedRequest) -> Bool {
        switch call.operation {
        case "instantly.campaigns.list": true
        case "instantly.campaigns.get": campaigns.contains { $0.id == call.pathValues["id"] }
        default: false
        }
    }

    mutating func observe(_ call: PlannedRequest, answer: Value) {
        switch (call.operation, answer) {
        case ("instantly.campaigns.get", .map(let campaign)):
            guard let id = call.pathValues["id"] else { return }
            if case .string(let name)? = campaign["name"] { names[id] = name }
            update(id) { loaded in
                loaded.reread = true
                loaded.status = campaign["status"].flatMap(StatusLabels.code(of:))
            }
        case ("instantly.campaigns.list", .map(let page)):
            guard case .list(let items)? = page["items"] else { return }
            for case .map(let campaign) in items {
                if case .string(let id)? = campaign["id"], case .string(let name)? = campaign["name"] { names[id] = name }
            }
        default:
            break
        }
    }

    private mutating func load(into id: String, _ change: (inout Campaign) -> Void) {
        if !campaigns.contains(where: { $0.id == id }) { campaigns.append(Campaign(id: id)) }
        update(id) { campaign in
            change(&campaign)
            campaign.reread = false
            campaign.status = nil
            campaign.paused = false
        }
    }

    private mutating func update(_ id: String?, _ change: (inout Campaign) -> Void) {
        guard let index = campaigns.firstIndex(where: { $0.id == id }) else { return }
        change(&campaigns[index])
    }

    /// One note per campaign loaded.
    func notes() -> [String] {
        campaigns.map { campaign in
            var loaded: [String] = []
            if campaign.leads > 0 { loaded.append(campaign.leads == 1 ? "1 lead loaded" : "\(campaign.leads) leads loaded") }
            if campaign.moves > 0 { loaded.append(campaign.moves == 1 ? "1 lead move" : "\(campaign.moves) lead moves") }
            let name = names[campaign.id].map { "\"\($0)\" (\(campaign.id))" } ?? campaign.id
            return "law 7: \(loaded.joined(separator: " and ")) into campaign \(name) can flip it to active, and it starts sending; "
                + followUp(campaign)
        }
    }

    private func followUp(_ campaign: Campaign) -> String {
        let status = campaign.status.map { " (status: \(StatusLabels.campaign[$0] ?? StatusLabels.unknown))" } ?? ""
        if campaign.activated { return "the script activates it itself afterwards" }
        switch (campaign.reread, campaign.paused) {
        case (true, true):
            return "the script re-read it afterwards\(status) and paused it"
        case (false, true):
            return "the script pauses it afterwards (without re-reading its status)"
        case (true, false) where campaign.status == 1:
            return "the script re-read it afterwards, found it active and did not pause it: it will send"
        case (true, false):
            return "the script re-read it afterwards\(status) and did not pause it; if a live load flips it to active, it will send unless the script pauses it"
        case (false, false):
            return "the script does not re-read it afterwards: read it back and pause it unless it may send "
                + "(if (instantly.campaigns.get ID).status_label == \"active\" { instantly.campaigns.pause ID })"
        }
    }
}
