/// Totals over a set of ``AnalyticsFact``s, in the vocabulary of the analytics endpoints.
struct AnalyticsCounts: Sendable {
    var sent = 0
    var contacted = Set<String>()
    var newLeadsContacted = Set<String>()
    var opens = 0
    var openedLeads = Set<String>()
    var openedLeadSteps = Set<String>()
    var replies = 0
    var repliedLeads = Set<String>()
    var repliedLeadSteps = Set<String>()
    var bouncedLeads = Set<String>()
    var interestedLeads = Set<String>()

    init() {}

    init(_ facts: some Sequence<AnalyticsFact>) {
        for fact in facts { add(fact) }
    }

    mutating func add(_ fact: AnalyticsFact) {
        let leadStep = fact.leadID + "#" + (fact.step ?? "")
        switch fact.kind {
        case .sent:
            sent += 1
            contacted.insert(fact.leadID)
            if fact.step == "0" { newLeadsContacted.insert(fact.leadID) }
        case .bounced:
            bouncedLeads.insert(fact.leadID)
        case .opened:
            opens += 1
            openedLeads.insert(fact.leadID)
            openedLeadSteps.insert(leadStep)
        case .replied:
            replies += 1
            repliedLeads.insert(fact.leadID)
            repliedLeadSteps.insert(leadStep)
            if fact.interest == 1 { interestedLeads.insert(fact.leadID) }
        }
    }

    /// The engagement fields `/campaigns/analytics` and `/overview` share (clicks and automatic
    /// replies are not simulated and stay 0).
    var engagementFields: JSONObject {
        var object = JSONObject()
        object["open_count"] = .int(openedLeads.count)
        object["open_count_unique"] = .int(openedLeads.count)
        object["open_count_unique_by_step"] = .int(openedLeadSteps.count)
        object["reply_count"] = .int(replies)
        object["reply_count_unique"] = .int(repliedLeads.count)
        object["reply_count_unique_by_step"] = .int(repliedLeadSteps.count)
        object["reply_count_automatic"] = 0
        object["reply_count_automatic_unique"] = 0
        object["reply_count_automatic_unique_by_step"] = 0
        object["link_click_count"] = 0
        object["link_click_count_unique"] = 0
        object["link_click_count_unique_by_step"] = 0
        object["bounced_count"] = .int(bouncedLeads.count)
        return object
    }

    /// The per-day and per-step fields (`/analytics/daily`, `/analytics/steps`).
    var activityFields: JSONObject {
        var object = JSONObject()
        object["sent"] = .int(sent)
        object["opened"] = .int(opens)
        object["unique_opened"] = .int(openedLeads.count)
        object["replies"] = .int(replies)
        object["unique_replies"] = .int(repliedLeads.count)
        object["replies_automatic"] = 0
        object["unique_replies_automatic"] = 0
        object["clicks"] = 0
        object["unique_clicks"] = 0
        return object
    }
}
