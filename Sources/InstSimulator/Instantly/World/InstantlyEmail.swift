import Foundation

/// Email records as `GET /api/v2/emails` answers them (`ue_type` 1 campaign, 2 received, 3 sent).
enum InstantlyEmail {
    static let campaignType = 1
    static let receivedType = 2
    static let sentType = 3

    /// The shared shape; `from` sends to `to`, about `lead`.
    static func record(
        id: String, thread: String, at time: SimTime, type: Int, from: String, to: String, eaccount: String, lead: JSONObject?,
        campaignID: String?, step: Int?, subject: String, html: String, text: String? = nil
    ) -> JSONObject {
        let stamp = JSON.string(time.iso8601)
        let plain = text ?? plainText(html)
        var email = JSONObject()
        email["id"] = .string(id)
        email["timestamp_created"] = stamp
        email["timestamp_email"] = stamp
        email["message_id"] = .string("<\(id)@\(from.split(separator: "@").last ?? "instantly.test")>")
        email["subject"] = .string(subject)
        email["from_address_email"] = .string(from)
        email["to_address_email_list"] = .string(to)
        email["cc_address_email_list"] = .null
        email["bcc_address_email_list"] = .null
        email["reply_to"] = .null
        email["body"] = ["html": .string(html), "text": .string(plain)]
        email["organization_id"] = .string(InstantlyWorkspace.organizationID)
        email["campaign_id"] = campaignID.map(JSON.string) ?? .null
        email["subsequence_id"] = .null
        email["list_id"] = lead?["list_id"] ?? .null
        email["lead"] = lead?["email"] ?? .null
        email["lead_id"] = lead?["id"] ?? .null
        email["eaccount"] = .string(eaccount)
        email["ue_type"] = .int(type)
        email["step"] = step.map { .string(String($0)) } ?? .null
        email["is_unread"] = .int(type == receivedType ? 1 : 0)
        email["is_auto_reply"] = 0
        email["reminder_ts"] = .null
        email["ai_interest_value"] = .null
        email["ai_assisted"] = 0
        email["is_focused"] = 1
        email["i_status"] = .null
        email["thread_id"] = .string(thread)
        email["content_preview"] = .string(String(plain.prefix(120)))
        email["attachment_json"] = .null
        email["from_address_json"] = [["address": .string(from), "name": ""]]
        email["to_address_json"] = [["address": .string(to), "name": ""]]
        email["cc_address_json"] = .null
        email["ai_agent_id"] = .null
        return email
    }

    /// A campaign step as sent to a lead.
    static func campaignEmail(
        id: String, thread: String, at time: SimTime, sender: String, lead: JSONObject, campaignID: String, step: Int, subject: String, html: String
    ) -> JSONObject {
        let to = lead["email"]?.stringValue ?? ""
        return record(
            id: id, thread: thread, at: time, type: campaignType, from: sender, to: to, eaccount: sender, lead: lead,
            campaignID: campaignID, step: step, subject: subject, html: html)
    }

    /// Text from an HTML body: `<div>` and `<br>` become line breaks, other tags go, entities are decoded.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        var tag = ""
        for character in html {
            if character == "<" {
                inTag = true
                tag = ""
            } else if character == ">", inTag {
                inTag = false
                let name = tag.lowercased()
                if (name.hasPrefix("/div") || name.hasPrefix("br") || name.hasPrefix("/p")), !text.hasSuffix("\n") { text += "\n" }
            } else if inTag {
                tag.append(character)
            } else {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
