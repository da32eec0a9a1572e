extension InstantlyWorkspace {
    /// A new draft campaign: the Campaign schema's fields with the service's defaults, then the
    /// fields of `body` (a validated `POST /campaigns` body) over them.
    public mutating func newCampaign(_ body: JSONObject) -> JSONObject {
        let stamp = JSON.string(now.iso8601)
        var campaign: JSONObject = [
            "id": .string(newID()), "name": "", "status": .int(CampaignStatus.draft), "pl_value": nil,
            "is_evergreen": false, "campaign_schedule": ["schedules": []], "sequences": [],
            "timestamp_created": stamp, "timestamp_updated": stamp, "email_gap": 10, "random_wait_max": 10,
            "text_only": false, "first_email_text_only": false, "email_list": [], "daily_limit": 100,
            "stop_on_reply": false, "email_tag_list": [], "link_tracking": false, "open_tracking": false,
            "stop_on_auto_reply": false, "daily_max_leads": nil, "prioritize_new_leads": false,
            "match_lead_esp": false, "not_sending_status": nil, "stop_for_company": false,
            "insert_unsubscribe_header": false, "allow_risky_contacts": false, "disable_bounce_protect": false,
            "cc_list": [], "bcc_list": [], "organization": .string(Self.organizationID), "owned_by": .string(Self.ownerID),
        ]
        campaign.merge(body)
        return campaign
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self.init(elements)
    }
}
