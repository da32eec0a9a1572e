extension InstantlyWorkspace {
    /// A lead opened a campaign email: its open count, last open and opened step move.
    mutating func recordOpen(ofEmail emailID: String) {
        guard let email = emails[emailID], let leadID = email["lead_id"]?.stringValue, var lead = leads[leadID] else { return }
        let opens = lead["email_open_count"]?.intValue ?? 0
        lead["email_open_count"] = .int(opens + 1)
        lead["timestamp_last_open"] = .string(now.iso8601)
        lead["email_opened_step"] = .int(Int(email["step"]?.stringValue ?? "") ?? 0)
        lead["email_opened_variant"] = 0
        leads[leadID] = lead
        if let campaign = email["campaign_id"]?.stringValue.flatMap({ campaigns[$0] }) {
            recordWebhookEvent("email_opened", campaign: campaign, lead: lead, email: email, isFirst: opens == 0)
        }
    }

    /// A lead answered a campaign email: the reply lands in the unibox (unread, in the thread), the
    /// lead's reply count and interest move, and the lead stops when the campaign stops on reply.
    mutating func receiveReply(toEmail emailID: String, in run: inout SendingRun) {
        guard let sent = emails[emailID], let leadID = sent["lead_id"]?.stringValue, var lead = leads[leadID],
            let outcome = SendOutcome(email: sent), let kind = outcome.replyKind
        else { return }
        let leadEmail = lead["email"]?.stringValue ?? ""
        let account = sent["eaccount"]?.stringValue ?? ""
        let subject = sent["subject"]?.stringValue ?? ""
        let text = Self.replyText(kind)
        let html = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "<div><br></div>" : "<div>\($0)</div>" }.joined()
        var reply = InstantlyEmail.record(
            id: newID(), thread: sent["thread_id"]?.stringValue ?? newID(), at: now, type: InstantlyEmail.receivedType, from: leadEmail,
            to: account, eaccount: account, lead: lead, campaignID: sent["campaign_id"]?.stringValue, step: Int(sent["step"]?.stringValue ?? ""),
            subject: subject.hasPrefix("Re: ") ? subject : "Re: " + subject, html: html, text: text)
        reply["i_status"] = kind.interestStatus.map(JSON.int) ?? .null
        guard let replyID = reply["id"]?.stringValue else { return }
        emails[replyID] = reply

        let replies = lead["email_reply_count"]?.intValue ?? 0
        lead["email_reply_count"] = .int(replies + 1)
        lead["timestamp_last_reply"] = .string(now.iso8601)
        lead["timestamp_last_touch"] = .string(now.iso8601)
        lead["email_replied_step"] = .int(Int(sent["step"]?.stringValue ?? "") ?? 0)
        lead["email_replied_variant"] = 0
        if let interest = kind.interestStatus {
            lead["lt_interest_status"] = .int(interest)
            lead["timestamp_last_interest_change"] = .string(now.iso8601)
        }
        lead["timestamp_updated"] = .string(now.iso8601)
        leads[leadID] = lead
        guard let campaign = sent["campaign_id"]?.stringValue.flatMap({ campaigns[$0] }) else { return }
        recordWebhookEvent("reply_received", campaign: campaign, lead: lead, email: reply, isFirst: replies == 0)
        switch kind {
        case .interested: recordWebhookEvent("lead_interested", campaign: campaign, lead: lead, email: reply, isFirst: true)
        case .notInterested: recordWebhookEvent("lead_not_interested", campaign: campaign, lead: lead, email: reply, isFirst: true)
        case .neutral: break
        }
        if campaign["stop_on_reply"]?.boolValue != false, lead["status"]?.intValue == LeadStatus.active {
            setLeadStatus(leadID, LeadStatus.completed, in: &run)
        }
    }

    static func replyText(_ kind: SendOutcome.ReplyKind) -> String {
        switch kind {
        case .interested: "Thanks for reaching out. This is timely for us.\n\nCould you send over a couple of times next week?"
        case .neutral: "Can you send more details? I'll pass them on to the right person."
        case .notInterested: "Not a fit for us right now, please take me off your list."
        }
    }

    /// Sets a lead's status during a run; an active lead leaving counts down its campaign, which
    /// completes (status 3) when no active lead is left.
    mutating func setLeadStatus(_ leadID: String, _ status: Int, in run: inout SendingRun) {
        guard var lead = leads[leadID] else { return }
        let wasActive = lead["status"]?.intValue == LeadStatus.active
        lead["status"] = .int(status)
        lead["timestamp_updated"] = .string(now.iso8601)
        leads[leadID] = lead
        guard wasActive, status != LeadStatus.active, let campaignID = lead["campaign"]?.stringValue,
            let index = run.campaignIndex[campaignID]
        else { return }
        run.campaigns[index].remaining -= 1
        guard run.campaigns[index].remaining <= 0, let campaign = campaigns[campaignID], campaign["status"]?.intValue == CampaignStatus.active
        else { return }
        setCampaignStatus(campaignID, CampaignStatus.completed)
        run.campaigns[index].nextSlot = nil
        recordWebhookEvent("campaign_completed", campaign: campaign, lead: nil, email: nil, isFirst: true)
    }

    /// Bounce protect: at least 20 campaign emails sent and 20% or more bounced pauses the campaign
    /// with status -2, unless `disable_bounce_protect` is set.
    mutating func applyBounceProtect(_ campaignID: String, in run: inout SendingRun) {
        let sent = run.sentCount[campaignID, default: 0], bounced = run.bouncedCount[campaignID, default: 0]
        guard sent >= Self.bounceProtectMinimumSent, bounced * 5 >= sent, let campaign = campaigns[campaignID],
            campaign["disable_bounce_protect"]?.boolValue != true, campaign["status"]?.intValue == CampaignStatus.active
        else { return }
        setCampaignStatus(campaignID, CampaignStatus.bounceProtect)
        if let index = run.campaignIndex[campaignID] { run.campaigns[index].nextSlot = nil }
    }

    static let bounceProtectMinimumSent = 20
}
