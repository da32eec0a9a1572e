import Foundation

extension InstantlyWorkspace {
    /// Sends a lead its next step from `sender`: stores the campaign email (`ue_type` 1) in the lead's
    /// thread, updates the lead, records `email_sent`, and settles a bounce or queues the follow-up.
    mutating func sendStep(toLead leadID: String, from sender: String, campaign index: Int, at time: SimTime, in run: inout SendingRun) {
        guard var lead = leads[leadID], let campaign = campaigns[run.campaigns[index].id] else { return }
        var progress = run.progress[leadID] ?? SendingRun.LeadProgress()
        let steps = run.campaigns[index].steps
        let stepIndex = progress.stepsSent
        let variants = (steps[stepIndex]["variants"]?.arrayValue ?? []).compactMap(\.objectValue).filter { $0["v_disabled"]?.boolValue != true }
        let variantIndex = variants.isEmpty ? 0 : Int(StableHash.value(leadID, salt: 7) % UInt64(variants.count))
        let variant = variants.isEmpty ? JSONObject() : variants[variantIndex]
        var subject = Self.render(variant["subject"]?.stringValue ?? "", for: lead)
        if stepIndex > 0, subject.isEmpty, let first = progress.firstSubject { subject = "Re: " + first }
        let html = Self.render(variant["body"]?.stringValue ?? "", for: lead)
        let email = InstantlyEmail.campaignEmail(
            id: newID(), thread: progress.threadID ?? newID(), at: time, sender: sender, lead: lead, campaignID: run.campaigns[index].id,
            step: stepIndex, subject: subject, html: html)
        guard let emailID = email["id"]?.stringValue else { return }
        emails[emailID] = email

        progress.stepsSent = stepIndex + 1
        progress.lastSent = time
        progress.threadID = email["thread_id"]?.stringValue
        if stepIndex == 0 { progress.firstSubject = subject }
        run.progress[leadID] = progress
        if stepIndex == 0 { run.campaigns[index].newByDay[run.campaigns[index].schedule.localDay(of: time), default: 0] += 1 }

        let stamp = JSON.string(time.iso8601)
        lead["timestamp_last_contact"] = stamp
        lead["timestamp_last_touch"] = stamp
        lead["last_step_from"] = "campaign"
        lead["last_step_timestamp_executed"] = stamp
        lead["last_contacted_from"] = .string(sender)
        lead["status_summary"] = ["lastStep": ["from": "campaign", "stepID": .string("\(stepIndex)"), "timestamp_executed": stamp]]
        lead["timestamp_updated"] = stamp
        leads[leadID] = lead
        recordWebhookEvent("email_sent", campaign: campaign, lead: lead, email: email, isFirst: stepIndex == 0)

        let campaignID = run.campaigns[index].id
        run.sentCount[campaignID, default: 0] += 1
        let outcome = SendOutcome(emailID: emailID, recipient: lead["email"]?.stringValue ?? "", sentAt: time)
        if outcome.bounced {
            run.bouncedCount[campaignID, default: 0] += 1
            recordWebhookEvent("email_bounced", campaign: campaign, lead: lead, email: email, isFirst: true)
            setLeadStatus(leadID, LeadStatus.bounced, in: &run)
            applyBounceProtect(campaignID, in: &run)
            return
        }
        run.schedule(outcome, of: emailID, after: time.adding(milliseconds: -1))
        if stepIndex + 1 >= steps.count {
            setLeadStatus(leadID, LeadStatus.completed, in: &run)
        } else {
            run.campaigns[index].followUps.push(leadID, at: time.adding(milliseconds: Self.delay(of: steps[stepIndex])))
        }
    }

    /// `{{first_name}}`, `{{company_name}}`, … from the lead's fields and custom variables (`payload`);
    /// unknown variables become empty, as Instantly sends them.
    static func render(_ template: String, for lead: JSONObject) -> String {
        guard template.contains("{{") else { return template }
        var output = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                output += rest[open.lowerBound...]
                return output
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = lead[name] ?? lead["payload"]?[name]
            switch value {
            case .string(let text): output += text
            case .int(let number): output += String(number)
            case .double(let number): output += String(number)
            case .bool(let flag): output += flag ? "true" : "false"
            default: break
            }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
