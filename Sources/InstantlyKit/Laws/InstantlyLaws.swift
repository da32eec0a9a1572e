import APISchema
import InstTransport

/// Which of the laws (DESIGN.md) apply to an operation, and the lines `help` shows for them.
public enum InstantlyLaws {
    /// Law 1: a current desktop Chrome's User-Agent. Cloudflare in front of Instantly answers 403
    /// "error code: 1010" to clients without a browser-like one.
    public static let userAgent =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36"

    /// The headers of every Instantly request (law 1), never credentials.
    public static let headers: HeaderFields = ["User-Agent": userAgent, "Accept": "application/json"]

    /// Law 6: bodyless POST actions (`/campaigns/{id}/activate`, `/pause`, and the other
    /// pause/resume actions) send `{}` with a JSON content type; the spec defines no body, but the
    /// API refuses the request without one.
    public static func sendsEmptyObject(_ operation: APIOperation) -> Bool {
        operation.method == .post && operation.body == nil
            && ["activate", "pause", "resume"].contains(operation.path.rawValue.split(separator: "/").last ?? "")
    }

    /// Law 8: a DELETE the spec gives no body goes without body and Content-Type.
    public static func sendsNoBody(_ operation: APIOperation) -> Bool {
        operation.method == .delete && operation.body == nil
    }

    /// Whether the body carries campaign schedules and sequences (law 3 and the campaign rules).
    static func hasCampaignFields(_ operation: APIOperation) -> Bool {
        operation.body?.schema.property("campaign_schedule") != nil || operation.body?.schema.property("sequences") != nil
    }

    /// Whether the body carries email HTML (laws 4 and 5): sequence steps, or `body.html`.
    static func hasEmailBodies(_ operation: APIOperation) -> Bool {
        operation.body?.schema.property("sequences") != nil
            || operation.body?.schema.property("body")?.property("html") != nil
    }

    /// The lines `help` shows, law number first.
    public static func lines(for operation: APIOperation) -> [String] {
        let name = operation.name
        var lines = ["Law 1: sent with a browser User-Agent (Instantly sits behind Cloudflare, which answers 403 \"error code: 1010\" otherwise)"]
        if hasCampaignFields(operation) {
            lines.append("Law 3: schedule timezones are a closed enum (America/New_York is not in it, America/Detroit is); a zone outside it is refused, naming the accepted zone with the same offsets and DST rules")
            lines.append("Only sequences[0] is used; a step's delay is the wait after it, before the next step; days keys are \"0\"–\"6\" (0 = Sunday), at least one true")
        }
        if operation.method == .patch, operation.body?.schema.property("email_list") != nil {
            lines.append("email_list replaces the senders; it does not add to them")
        }
        if hasEmailBodies(operation) {
            lines.append("Laws 4, 5: HTML bodies are <div> lines without literal newlines (a blank line is <div><br></div>); links are <a href> with a phrase as text, punctuation after </a>. instantly.body formats text this way; warnings flag the rest")
        }
        if sendsEmptyObject(operation) { lines.append("Law 6: sends {} as the body (the spec defines none; the API wants an empty JSON object)") }
        if ["instantly.leads.create", "instantly.leads.add", "instantly.leads.move"].contains(name) {
            lines.append("Law 7: adding leads can flip a paused or completed campaign to active, and it starts sending; re-read the campaign afterwards")
        }
        if name == "instantly.campaigns.activate" {
            lines.append("Law 7: an active campaign with leads sends as soon as its schedule allows")
        }
        if sendsNoBody(operation) { lines.append("Law 8: sends no body and no Content-Type") }
        if let paging = InstantlyPaging.paging(for: operation), paging.placement == .body {
            lines.append("Law 9: a POST, not a GET; pages of at most \(paging.maxPageSize ?? InstantlyPaging.maxBodyPageSize) under items, all streamed as the pipeline pulls")
        }
        if name.hasPrefix("instantly.campaigns.analytics") {
            lines.append("Law 10: leads_count from analytics is the true lead count; counting listed leads is not")
        }
        if operation.path.rawValue.hasPrefix("/api/v2/email-verification") {
            lines.append("Law 11: verification is asynchronous; the answer may be pending. instantly.verify polls until it is not (bounded, with backoff)")
        }
        let labelled = StatusLabels.labelledFields(for: operation)
        if !labelled.isEmpty {
            lines.append("Law 12: coded fields gain a name beside them: " + labelled.map { "\($0)_label" }.joined(separator: ", "))
        }
        return lines
    }
}
