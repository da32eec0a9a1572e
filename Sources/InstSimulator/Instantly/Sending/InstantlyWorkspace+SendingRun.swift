extension InstantlyWorkspace {
    /// The sequence steps a campaign sends (only `sequences[0]` is used, as in Instantly).
    func steps(ofCampaign campaign: JSONObject) -> [JSONObject] {
        (campaign["sequences"]?.arrayValue?.first?["steps"]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    /// Rebuilds the sending state from the records: every active campaign's queue, each lead's
    /// progress from the emails already sent, today's counters, and the opens and replies still to come.
    func makeSendingRun(until end: SimTime) -> SendingRun {
        var run = SendingRun(end: end)
        for entry in blockListEntries.all {
            if let value = entry["bl_value"]?.stringValue { run.blocked.insert(value.lowercased()) }
        }
        for campaign in campaigns.all where campaign["status"]?.intValue == CampaignStatus.active {
            guard let id = campaign["id"]?.stringValue else { continue }
            let steps = steps(ofCampaign: campaign)
            guard !steps.isEmpty else { continue }
            let schedule = SendingSchedule(campaign: campaign)
            run.campaignIndex[id] = run.campaigns.count
            run.campaigns.append(SendingRun.CampaignRun(id: id, schedule: schedule, steps: steps, nextSlot: schedule.nextSlot(atOrAfter: now)))
        }
        let recent = now.adding(milliseconds: -2 * SimTime.dayMilliseconds)
        for email in emails.all {
            guard email["ue_type"]?.intValue == 1, let campaignID = email["campaign_id"]?.stringValue,
                let leadID = email["lead_id"]?.stringValue, let emailID = email["id"]?.stringValue,
                let sentAt = email["timestamp_email"]?.stringValue.flatMap(SimTime.init(iso8601:))
            else { continue }
            let step = Int(email["step"]?.stringValue ?? "") ?? 0
            var progress = run.progress[leadID] ?? SendingRun.LeadProgress()
            if step + 1 >= progress.stepsSent {
                progress.stepsSent = step + 1
                progress.lastSent = max(progress.lastSent, sentAt)
            }
            if progress.threadID == nil { progress.threadID = email["thread_id"]?.stringValue }
            if step == 0 { progress.firstSubject = email["subject"]?.stringValue }
            run.progress[leadID] = progress
            let outcome = SendOutcome(emailID: emailID, recipient: email["to_address_email_list"]?.stringValue ?? "", sentAt: sentAt)
            run.sentCount[campaignID, default: 0] += 1
            if outcome.bounced { run.bouncedCount[campaignID, default: 0] += 1 }
            run.schedule(outcome, of: emailID, after: now)
            guard sentAt >= recent else { continue }
            if let account = email["eaccount"]?.stringValue { run.accountSentByDay[account, default: [:]][sentAt.day, default: 0] += 1 }
            if let index = run.campaignIndex[campaignID] {
                let day = run.campaigns[index].schedule.localDay(of: sentAt)
                run.campaigns[index].sentByDay[day, default: 0] += 1
                if step == 0 { run.campaigns[index].newByDay[day, default: 0] += 1 }
            }
        }
        for index in run.campaigns.indices {
            let campaign = run.campaigns[index]
            for leadID in leadIDs(inCampaign: campaign.id) {
                guard let lead = leads[leadID], lead["status"]?.intValue == LeadStatus.active else { continue }
                let progress = run.progress[leadID] ?? SendingRun.LeadProgress()
                guard progress.stepsSent < campaign.steps.count else { continue }
                run.campaigns[index].remaining += 1
                if progress.stepsSent == 0 {
                    run.campaigns[index].newLeads.append(leadID)
                } else {
                    let due = progress.lastSent.adding(milliseconds: Self.delay(of: campaign.steps[progress.stepsSent - 1]))
                    run.campaigns[index].followUps.push(leadID, at: due)
                }
            }
            // Nothing to send: no slots to walk (leads added later start a new run).
            if run.campaigns[index].remaining == 0 { run.campaigns[index].nextSlot = nil }
        }
        return run
    }

    /// The wait after a step: `delay` in `delay_unit` (days unless told), at most a year.
    static func delay(of step: JSONObject) -> Int64 {
        let amount = step["delay"]?.doubleValue ?? 0
        let unit: Double =
            switch step["delay_unit"]?.stringValue {
            case "minutes": 60_000
            case "hours": 3_600_000
            default: 86_400_000
            }
        return Int64(min(max(0, amount) * unit, 365 * 86_400_000))
    }
}
