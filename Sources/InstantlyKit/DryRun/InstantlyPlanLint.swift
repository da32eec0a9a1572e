import APISchema
import InstLanguage

/// The lint a planned write gets beyond what its command warned: the same email body rules
/// (laws 4, 5) and campaign rules the binding applies, and the leads it loads, for the
/// duplicate check across the run.
enum InstantlyPlanLint {
    /// Laws 4 and 5 on email bodies, and the campaign rules' warnings (sequences, delays, senders).
    static func bodyWarnings(_ call: PlannedRequest) -> [String] {
        guard !call.fields.isEmpty, let operation = InstantlyCatalog.operation(named: call.operation),
              InstantlyLaws.hasCampaignFields(operation) || InstantlyLaws.hasEmailBodies(operation) else { return [] }
        let body = Value.map(call.fields)
        let rules = (try? CampaignRules.review(body, method: call.request.method.rawValue)) ?? []
        return rules + EmailBodyReview.warnings(in: body, schema: operation.body?.schema)
    }

    /// A lead a write loads, and where to.
    struct LoadedLead: Equatable {
        var email: String
        /// `campaign 4f…`, `list 9a…`, or `the workspace`.
        var destination: String
        /// What two loads of the same lead share.
        var key: String { destination + "|" + email.lowercased() }
    }

    /// The leads `call` loads: `leads.create` (one), `leads.add` (its `leads`).
    static func leads(in call: PlannedRequest) -> [LoadedLead] {
        switch call.operation {
        case "instantly.leads.create":
            guard let email = call.string("email") else { return [] }
            return [LoadedLead(email: email, destination: destination(call, campaign: "campaign"))]
        case "instantly.leads.add":
            guard case .list(let leads)? = call.fields["leads"] else { return [] }
            let destination = destination(call, campaign: "campaign_id")
            return leads.compactMap { lead in
                guard case .map(let fields) = lead, case .string(let email)? = fields["email"], !email.isEmpty else { return nil }
                return LoadedLead(email: email, destination: destination)
            }
        default:
            return []
        }
    }

    private static func destination(_ call: PlannedRequest, campaign field: String) -> String {
        if let campaign = call.string(field) { return "campaign \(campaign)" }
        if let list = call.string("list_id") { return "list \(list)" }
        return "the workspace"
    }
}
