extension InstantlyWorkspace {
    /// The event types `GET /webhooks/event-types` lists (the spec's `event_type` enum), with labels.
    static let webhookEventTypes: [(String, String)] = [
        ("all_events", "All Events"), ("email_sent", "Email Sent"), ("email_opened", "Email Opened"),
        ("email_link_clicked", "Email Link Clicked"), ("reply_received", "Reply Received"), ("email_bounced", "Email Bounced"),
        ("lead_unsubscribed", "Lead Unsubscribed"), ("campaign_completed", "Campaign Completed"), ("account_error", "Account Error"),
        ("lead_neutral", "Lead Neutral"), ("lead_interested", "Lead Interested"), ("lead_not_interested", "Lead Not Interested"),
        ("lead_meeting_booked", "Lead Meeting Booked"), ("lead_meeting_completed", "Lead Meeting Completed"), ("lead_closed", "Lead Closed"),
        ("lead_out_of_office", "Lead Out Of Office"), ("lead_wrong_person", "Lead Wrong Person"),
    ]

    /// The fields a create or PATCH sets.
    static let webhookFields = ["campaign", "name", "target_hook_url", "event_type", "custom_interest_value", "headers"]

    func webhook(_ id: String) throws(SimError) -> JSONObject {
        guard let hook = webhooks[id] else { throw .notFound("Webhook not found") }
        return hook
    }

    mutating func createWebhook(_ body: JSONObject) throws(SimError) -> JSONObject {
        guard let url = body["target_hook_url"]?.stringValue, url.hasPrefix("http://") || url.hasPrefix("https://") else {
            throw .badRequest("body/target_hook_url must match format \"uri\"")
        }
        if let campaign = body["campaign"]?.stringValue, campaigns[campaign] == nil { throw .notFound("Campaign not found") }
        let id = newID()
        var hook: JSONObject = ["id": .string(id), "organization": .string(Self.organizationID)]
        for field in Self.webhookFields { hook[field] = body[field] ?? .null }
        hook["target_hook_url"] = .string(url)
        hook["timestamp_created"] = .string(now.iso8601)
        hook["status"] = 1
        hook["timestamp_error"] = .null
        webhooks[id] = hook
        return hook
    }

    /// Recorded events matching `success`, `from`/`to` (dates, inclusive) and `search` (URL or lead email).
    func webhookEvents(matching request: SimRequest) -> [JSONObject] {
        let success = Listing.flag(request, "success")
        let from = request.queryValue("from"), to = request.queryValue("to")
        let search = request.queryValue("search")?.lowercased() ?? ""
        return webhookEvents.all.filter { event in
            let date = event["timestamp_created_date"]?.stringValue ?? ""
            return (success == nil || event["success"]?.boolValue == success) && (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
                && (search.isEmpty || event["webhook_url"]?.stringValue?.lowercased() == search || event["lead_email"]?.stringValue?.lowercased() == search)
        }
    }

    /// Totals and rates; events not yet delivered count as neither success nor failure.
    static func webhookSummary(_ events: [JSONObject]) -> JSONObject {
        let successful = events.filter { $0["success"]?.boolValue == true }.count
        let failed = events.filter { $0["success"]?.boolValue != true && $0["delivered"]?.boolValue != false }.count
        let total = events.count
        func rate(_ part: Int) -> JSON { .double(total == 0 ? 0 : Double(part) * 100 / Double(total)) }
        return ["total_events": .int(total), "successful_events": .int(successful), "failed_events": .int(failed),
            "success_rate": rate(successful), "failure_rate": rate(failed)]
    }
}
