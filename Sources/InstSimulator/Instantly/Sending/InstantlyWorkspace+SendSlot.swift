extension InstantlyWorkspace {
    /// One sending slot of a campaign: each active sender in `email_list` (rotating) sends one due step,
    /// within the campaign's `daily_limit` and `daily_max_leads` and the sender's own `daily_limit`.
    mutating func sendSlot(campaign index: Int, at time: SimTime, in run: inout SendingRun) {
        let campaignID = run.campaigns[index].id
        guard let campaign = campaigns[campaignID], campaign["status"]?.intValue == CampaignStatus.active else {
            run.campaigns[index].nextSlot = nil
            return
        }
        let day = run.campaigns[index].schedule.localDay(of: time)
        let dailyLimit = campaign["daily_limit"]?.intValue ?? 100
        let newLimit = campaign["daily_max_leads"]?.intValue
        let senders = sendingAccounts(of: campaign)
        let prioritizeNew = campaign["prioritize_new_leads"]?.boolValue == true
        for offset in senders.indices {
            guard run.campaigns[index].sentByDay[day, default: 0] < dailyLimit else { break }
            let sender = senders[(run.campaigns[index].rotation + offset) % senders.count]
            guard run.accountSentByDay[sender.email, default: [:]][time.day, default: 0] < sender.dailyLimit else { continue }
            let mayStartNew = newLimit.map { run.campaigns[index].newByDay[day, default: 0] < $0 } ?? true
            guard let leadID = nextDueLead(campaign: index, at: time, newLeads: mayStartNew, newFirst: prioritizeNew, in: &run) else { break }
            sendStep(toLead: leadID, from: sender.email, campaign: index, at: time, in: &run)
            run.campaigns[index].sentByDay[day, default: 0] += 1
            run.accountSentByDay[sender.email, default: [:]][time.day, default: 0] += 1
        }
        if !senders.isEmpty { run.campaigns[index].rotation = (run.campaigns[index].rotation + 1) % senders.count }
        let stillActive = campaigns[campaignID]?["status"]?.intValue == CampaignStatus.active
        run.campaigns[index].nextSlot = stillActive ? run.campaigns[index].schedule.nextSlot(atOrAfter: time.adding(milliseconds: 1)) : nil
    }

    /// The campaign's senders that exist and are active (status 1), with their daily limits.
    private func sendingAccounts(of campaign: JSONObject) -> [(email: String, dailyLimit: Int)] {
        (campaign["email_list"]?.arrayValue ?? []).compactMap { entry in
            guard let email = entry.stringValue, let account = accounts[email], account["status"]?.intValue == AccountStatus.active else { return nil }
            return (email, account["daily_limit"]?.intValue ?? AccountStatus.defaultDailyLimit)
        }
    }

    /// The next lead with a step due: follow-ups whose wait is over, then new leads (or new leads
    /// first when the campaign prioritises them). Leads that left the campaign or stopped are dropped;
    /// block-listed leads are skipped (status -3).
    private mutating func nextDueLead(campaign index: Int, at time: SimTime, newLeads: Bool, newFirst: Bool, in run: inout SendingRun) -> String? {
        for source in newFirst ? [true, false] : [false, true] {
            if source {
                guard newLeads else { continue }
                while run.campaigns[index].newCursor < run.campaigns[index].newLeads.count {
                    let leadID = run.campaigns[index].newLeads[run.campaigns[index].newCursor]
                    run.campaigns[index].newCursor += 1
                    if isSendable(leadID, campaign: index, in: &run) { return leadID }
                }
            } else {
                while let (_, leadID) = run.campaigns[index].followUps.pop(dueBy: time) {
                    if isSendable(leadID, campaign: index, in: &run) { return leadID }
                }
            }
        }
        return nil
    }

    private mutating func isSendable(_ leadID: String, campaign index: Int, in run: inout SendingRun) -> Bool {
        let campaign = run.campaigns[index]
        guard let lead = leads[leadID], lead["status"]?.intValue == LeadStatus.active, lead["campaign"]?.stringValue == campaign.id,
            (run.progress[leadID]?.stepsSent ?? 0) < campaign.steps.count
        else { return false }
        if run.isBlocked(lead["email"]?.stringValue ?? "") {
            setLeadStatus(leadID, LeadStatus.skipped, in: &run)
            return false
        }
        return true
    }
}
