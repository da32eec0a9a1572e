extension InstantlyWorkspace {
    /// Records `eventType` for every webhook subscribed to it (its `event_type` or `all_events`, for
    /// all campaigns or this one), with the payload Instantly delivers. Delivery comes later: each
    /// event is kept pending (`delivered: false`, `will_retry: true`; see `+WebhookDelivery`).
    /// The subscription's `headers` are not copied onto the event: they may hold a secret.
    mutating func recordWebhookEvent(_ eventType: String, campaign: JSONObject, lead: JSONObject?, email: JSONObject?, isFirst: Bool) {
        let campaignID = campaign["id"]?.stringValue
        let subscribers = webhooks.all.filter { hook in
            let type = hook["event_type"]?.stringValue
            let scope = hook["campaign"]?.stringValue
            return (type == eventType || type == "all_events") && (scope == nil || scope == campaignID) && hook["status"]?.intValue != -1
        }
        guard !subscribers.isEmpty else { return }
        let payload = Self.webhookPayload(eventType, at: now, campaign: campaign, lead: lead, email: email, isFirst: isFirst)
        for hook in subscribers {
            let id = newID()
            var event = JSONObject()
            event["id"] = .string(id)
            event["timestamp_created"] = .string(now.iso8601)
            event["timestamp_created_date"] = .string(now.date)
            event["organization_id"] = .string(Self.organizationID)
            event["payload"] = .object(payload)
            event["success"] = false
            event["retry_count"] = 0
            event["will_retry"] = true
            event["webhook_url"] = hook["target_hook_url"] ?? .null
            event["status_code"] = .null
            event["error_message"] = .null
            event["timestamp_next_retry"] = .null
            event["retry_group_id"] = .null
            event["retry_successful"] = .null
            event["lead_email"] = lead?["email"] ?? .null
            event["response_time_ms"] = .null
            event["webhook_id"] = hook["id"] ?? .null
            event["delivered"] = false
            webhookEvents[id] = event
        }
    }

    /// Instantly's webhook payload: base fields, then lead, step and email or reply fields.
    static func webhookPayload(_ eventType: String, at time: SimTime, campaign: JSONObject, lead: JSONObject?, email: JSONObject?, isFirst: Bool) -> JSONObject {
        var payload = JSONObject()
        payload["timestamp"] = .string(time.iso8601)
        payload["event_type"] = .string(eventType)
        payload["workspace"] = .string(organizationID)
        payload["campaign_id"] = campaign["id"] ?? .null
        payload["campaign_name"] = campaign["name"] ?? .null
        if let lead {
            payload["lead_email"] = lead["email"] ?? .null
            for field in ["first_name", "last_name", "company_name", "website", "phone"] where lead[field] != nil {
                payload[field] = lead[field]
            }
        }
        guard let email else { return payload }
        payload["email_account"] = email["eaccount"] ?? .null
        if let step = email["step"]?.stringValue.flatMap({ Int($0) }) {
            payload["step"] = .int(step + 1)
            payload["variant"] = 1
        }
        payload["is_first"] = .bool(isFirst)
        let text = email["body"]?["text"] ?? .null, html = email["body"]?["html"] ?? .null
        if email["ue_type"]?.intValue == InstantlyEmail.receivedType {
            payload["reply_text_snippet"] = .string(String((text.stringValue ?? "").prefix(100)))
            payload["reply_subject"] = email["subject"] ?? .null
            payload["reply_text"] = text
            payload["reply_html"] = html
            payload["email_id"] = email["id"] ?? .null
            payload["unibox_url"] = .string("https://app.instantly.ai/app/unibox?thread_search=thread:\(email["thread_id"]?.stringValue ?? "")")
        } else {
            payload["email_id"] = email["id"] ?? .null
            payload["email_subject"] = email["subject"] ?? .null
            payload["email_text"] = text
            payload["email_html"] = html
        }
        return payload
    }
}
