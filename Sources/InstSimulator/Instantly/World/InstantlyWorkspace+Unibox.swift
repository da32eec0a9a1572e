extension InstantlyWorkspace {
    /// The email with this id, or a 404.
    func email(_ id: String) throws(SimError) -> JSONObject {
        guard let email = emails[id] else { throw .notFound("Email not found") }
        return email
    }

    /// A connected account that may send (`eaccount`), or a 400 as the service answers.
    func sendingAccount(_ email: String) throws(SimError) -> JSONObject {
        guard let account = accounts[email.lowercased()] else {
            throw .badRequest("The email account \(email) is not connected to this workspace")
        }
        return account
    }

    /// `GET /emails` filters, newest first unless `sort_order=asc`.
    func unibox(matching request: SimRequest) -> [JSONObject] {
        let type: Set<Int>? =
            switch request.queryValue("email_type") {
            case "received": [InstantlyEmail.receivedType]
            case "sent": [InstantlyEmail.campaignType, InstantlyEmail.sentType]
            case "manual": [InstantlyEmail.sentType]
            default: nil
            }
        let accounts = Set(Listing.values(request, "eaccount").map { $0.lowercased() })
        let search = request.queryValue("search")?.trimmingSpaces.lowercased() ?? ""
        let unread = Listing.flag(request, "is_unread")
        let earliest = request.queryValue("min_timestamp_created").flatMap(SimTime.init(iso8601:))
        let latest = request.queryValue("max_timestamp_created").flatMap(SimTime.init(iso8601:))
        let mode = request.queryValue("mode")
        var matching = emails.all.filter { email in
            func equals(_ field: String, _ query: String) -> Bool {
                request.queryValue(query).map { email[field]?.stringValue?.lowercased() == $0.lowercased() } ?? true
            }
            guard equals("campaign_id", "campaign_id"), equals("list_id", "list_id"), equals("lead", "lead"),
                type.map({ $0.contains(email["ue_type"]?.intValue ?? 0) }) ?? true,
                accounts.isEmpty || accounts.contains(email["eaccount"]?.stringValue?.lowercased() ?? ""),
                unread.map({ (email["is_unread"]?.intValue == 1) == $0 }) ?? true,
                request.queryValue("i_status").flatMap({ Int($0) }).map({ email["i_status"]?.intValue == $0 }) ?? true,
                mode != "emode_focused" || email["is_focused"]?.intValue == 1, mode != "emode_others" || email["is_focused"]?.intValue != 1
            else { return false }
            if let domain = request.queryValue("company_domain")?.lowercased(), !(email["lead"]?.stringValue?.lowercased().hasSuffix("@" + domain) ?? false) {
                return false
            }
            let created = email["timestamp_created"]?.stringValue.flatMap(SimTime.init(iso8601:)) ?? now
            if let earliest, created < earliest { return false }
            if let latest, created > latest { return false }
            guard !search.isEmpty else { return true }
            if search.hasPrefix("thread:") { return email["thread_id"]?.stringValue?.lowercased() == String(search.dropFirst(7)) }
            return ["lead", "from_address_email", "to_address_email_list", "subject"].contains {
                email[$0]?.stringValue?.lowercased().contains(search) == true
            }
        }
        if request.queryValue("sort_order") != "asc" { matching.reverse() }
        if Listing.flag(request, "latest_of_thread") == true {
            var seen = Set<String>()
            matching = matching.filter { seen.insert($0["thread_id"]?.stringValue ?? $0["id"]?.stringValue ?? "").inserted }
        }
        return matching
    }

    /// `POST /emails/reply`: a sent email (`ue_type` 3) in the thread of `reply_to_uuid`, to the lead.
    mutating func sendReply(_ body: JSONObject) throws(SimError) -> JSONObject {
        let eaccount = body["eaccount"]?.stringValue ?? ""
        _ = try sendingAccount(eaccount)
        guard let original = body["reply_to_uuid"]?.stringValue.flatMap({ emails[$0] }) else { throw .notFound("Email to reply to not found") }
        let html = body["body"]?["html"]?.stringValue
        let text = body["body"]?["text"]?.stringValue
        guard html != nil || text != nil else { throw .badRequest("body/body must have either html or text") }
        let received = original["ue_type"]?.intValue == InstantlyEmail.receivedType
        let recipient = (received ? original["from_address_email"] : original["to_address_email_list"])?.stringValue ?? ""
        let lead = original["lead_id"]?.stringValue.flatMap { leads[$0] }
        var reply = InstantlyEmail.record(
            id: newID(), thread: original["thread_id"]?.stringValue ?? newID(), at: now, type: InstantlyEmail.sentType, from: eaccount.lowercased(),
            to: recipient, eaccount: eaccount.lowercased(), lead: lead, campaignID: original["campaign_id"]?.stringValue,
            step: nil, subject: body["subject"]?.stringValue ?? "", html: html ?? text ?? "", text: text)
        reply["lead"] = original["lead"] ?? .null
        reply["lead_id"] = original["lead_id"] ?? .null
        for field in ["cc_address_email_list", "bcc_address_email_list", "reminder_ts"] where body[field] != nil { reply[field] = body[field] }
        guard let id = reply["id"]?.stringValue else { return reply }
        emails[id] = reply
        return reply
    }
}
