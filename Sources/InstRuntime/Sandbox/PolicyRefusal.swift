import InstLanguage
import InstTransport

/// The cap a request would cross, as the policy error that ends the run (exit code 3).
enum PolicyRefusal {
    case calls(cap: Int, request: TransportRequest)
    case writes(cap: Int, request: TransportRequest)
    case leads(cap: Int, before: Int, carried: Int, request: TransportRequest)
    case emails(cap: Int, before: Int, carried: Int, request: TransportRequest)
    case deniedCampaign(String, request: TransportRequest)
    case unlistedCampaign(String, allowed: [String], request: TransportRequest)

    var error: ScriptError {
        switch self {
        case .calls(let cap, let request):
            return .policy(
                "\(Self.describe(request)) would be API call \(cap + 1) of this run; the cap is \(cap) (--max-calls); nothing more was sent",
                hint: "raise the cap with --max-calls N (or max_calls in the profile)")
        case .writes(let cap, let request):
            return .policy(
                "\(Self.describe(request)) would be write \(cap + 1) of this run; the cap is \(cap) (--max-writes); it was not sent",
                hint: "raise the cap with --max-writes N (or max_writes in the profile)")
        case .leads(let cap, let before, let carried, let request):
            return .policy(
                "\(Self.describe(request)) would load \(carried) lead\(carried == 1 ? "" : "s") on top of \(before) in the last 24 hours; the cap is \(cap) (--max-leads-per-day); it was not sent",
                hint: "wait, or raise the cap with --max-leads-per-day N (or max_leads_per_day in the profile)")
        case .emails(let cap, let before, let carried, let request):
            return .policy(
                "\(Self.describe(request)) would send \(carried) email\(carried == 1 ? "" : "s") on top of \(before) in the last 24 hours; the cap is \(cap) (--max-emails-per-day); it was not sent",
                hint: "wait, or raise the cap with --max-emails-per-day N (or max_emails_per_day in the profile)")
        case .deniedCampaign(let campaign, let request):
            return .policy(
                "\(Self.describe(request)) touches campaign \(campaign), which writes may not touch (--deny-campaign); it was not sent")
        case .unlistedCampaign(let campaign, let allowed, let request):
            return .policy(
                "\(Self.describe(request)) touches campaign \(campaign); writes may touch only \(allowed.joined(separator: ", ")) (--allow-campaign); it was not sent",
                hint: "add it with --allow-campaign \(campaign)")
        }
    }

    /// `instantly.leads.create (POST /api/v2/leads)`
    private static func describe(_ request: TransportRequest) -> String {
        "\(request.operationID) (\(request.method.rawValue) \(request.pathTemplate.rawValue))"
    }
}
