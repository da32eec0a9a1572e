extension InstantlyWorkspace {
    /// `GET /campaigns/{id}/sending-status`: why the campaign is or is not sending, as the
    /// `{diagnostics, summary}` the spec describes.
    func sendingStatus(of campaign: JSONObject) -> JSON {
        let (code, message) = sendingReason(campaign)
        let senders = campaign["email_list"]?.arrayValue?.count ?? 0
        let available = activeSenders(campaign).count
        let stamp = JSON.string(now.iso8601)
        let diagnostics: JSONObject = [
            "campaign_id": .string(campaign.id), "last_updated": stamp, "status": .string(code),
            "accounts_summary": [
                "total_connected": .int(senders), "available": .int(available),
                "unavailable": ["daily_limit_hit": 0, "slow_ramp_limit_hit": 0, "disconnected": .int(senders - available), "global_gap_not_met": 0],
            ],
            "leads_status": ["total": .int(leadCount(inCampaign: campaign.id))],
        ]
        let summary: JSONObject = [
            "status": .string(code), "status_message": .string(message), "issue_started_at": code == "healthy" ? nil : stamp,
            "last_healthy_send_at": nil,
        ]
        return ["diagnostics": .object(diagnostics), "summary": .object(summary)]
    }

    private func sendingReason(_ campaign: JSONObject) -> (String, String) {
        switch campaign["status"]?.intValue ?? CampaignStatus.draft {
        case CampaignStatus.draft: return ("campaign_draft", "Campaign is a draft: activate it to start sending")
        case CampaignStatus.paused: return ("campaign_paused", "Campaign is paused")
        case CampaignStatus.completed: return ("campaign_completed", "Campaign is completed: every lead has been through the sequence")
        case CampaignStatus.runningSubsequences: return ("campaign_running_subsequences", "Campaign is running subsequences")
        case CampaignStatus.bounceProtect: return ("campaign_bounce_protect", "Campaign was paused by bounce protect")
        case CampaignStatus.accountsUnhealthy: return ("campaign_accounts_unhealthy", "Campaign's sending accounts are unhealthy")
        case CampaignStatus.suspended: return ("campaign_account_suspended", "The workspace is suspended")
        default: break
        }
        if activeSenders(campaign).isEmpty { return ("no_accounts_available", "None of the campaign's sending accounts can send") }
        let waiting = leadIDs(inCampaign: campaign.id).contains { leads[$0]?["status"]?.intValue == LeadStatus.active }
        if !waiting { return ("waiting_for_leads", "Campaign is waiting for leads to contact") }
        return ("healthy", "Campaign is sending normally")
    }
}
