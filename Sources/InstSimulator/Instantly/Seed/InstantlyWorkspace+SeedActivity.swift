extension InstantlyWorkspace {
    /// The demo's history, made by the sending engine itself so every number agrees with analytics:
    /// the clock is wound back three weeks and "Q4 Practitioner" runs its sequence to completion
    /// (its leads finish, one bounces, a few reply — replies read since); from the previous Thursday "Q4 Partnerships" sends
    /// its first step, leads open, a few reply into the unibox, the reserved `bounce.test` leads bounce.
    mutating func seedActivity() {
        let present = now
        guard let practitioner = campaign(named: "Q4 Practitioner")?["id"]?.stringValue,
            let partnerships = campaign(named: "Q4 Partnerships")?["id"]?.stringValue
        else { return }
        now = present.adding(.seconds(-20 * 86_400))
        for leadID in leadIDs(inCampaign: practitioner) { leads[leadID]?["status"] = .int(LeadStatus.active) }
        setCampaignStatus(practitioner, CampaignStatus.active)
        setCampaignStatus(partnerships, CampaignStatus.paused)
        advance(to: present.adding(.seconds(-4 * 86_400)))
        for id in emails.ids where emails[id]?["campaign_id"]?.stringValue == practitioner { emails[id]?["is_unread"] = 0 }
        setCampaignStatus(partnerships, CampaignStatus.active)
        advance(to: present)
    }
}
