extension InstantlyWorkspace {
    /// What keeps a campaign from being activated, in words for a 400: no step in `sequences[0]`,
    /// no schedule, no sending account, or senders that do not exist or are not active.
    /// Empty when it can be activated.
    public func activationProblems(_ campaign: JSONObject) -> [String] {
        var problems: [String] = []
        let steps = campaign["sequences"]?.arrayValue?.first?["steps"]?.arrayValue ?? []
        if steps.isEmpty { problems.append("the campaign has no sequence steps (add at least one step to sequences[0])") }
        if (campaign["campaign_schedule"]?["schedules"]?.arrayValue ?? []).isEmpty {
            problems.append("the campaign has no schedule (campaign_schedule.schedules is empty)")
        }
        let senders = campaign["email_list"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if senders.isEmpty {
            problems.append("the campaign has no sending accounts (email_list is empty)")
        } else if activeSenders(campaign).isEmpty {
            let missing = senders.filter { accounts[$0] == nil }
            let inactive = senders.filter { accounts[$0] != nil }
            var detail: [String] = []
            if !missing.isEmpty { detail.append("not in the workspace: " + missing.joined(separator: ", ")) }
            if !inactive.isEmpty { detail.append("not active: " + inactive.joined(separator: ", ")) }
            problems.append("none of the campaign's sending accounts can send (" + detail.joined(separator: "; ") + ")")
        }
        return problems
    }

    /// The campaign's senders that exist in the workspace and are active (status 1).
    public func activeSenders(_ campaign: JSONObject) -> [String] {
        (campaign["email_list"]?.arrayValue?.compactMap(\.stringValue) ?? []).filter {
            accounts[$0]?["status"]?.intValue == 1
        }
    }

    /// Law 7: adding leads to a completed campaign (status 3), or to a paused one that had no leads,
    /// flips it to active, and it starts sending. Call after leads were added to `campaignID`;
    /// `hadLeads` is whether it had any before.
    mutating func autoFlipAfterLeadsAdded(to campaignID: String, hadLeads: Bool) {
        guard let status = campaigns[campaignID]?["status"]?.intValue else { return }
        if status == CampaignStatus.completed || (status == CampaignStatus.paused && !hadLeads) {
            setCampaignStatus(campaignID, CampaignStatus.active)
        }
    }
}
