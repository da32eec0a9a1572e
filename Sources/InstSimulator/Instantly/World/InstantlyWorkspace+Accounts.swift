extension InstantlyWorkspace {
    /// The account with this email (any case), or a 404 as the service answers.
    func account(_ email: String) throws(SimError) -> JSONObject {
        guard let account = accounts[email.lowercased()] ?? accounts[email] else { throw .notFound("Account not found") }
        return account
    }

    /// Stores a changed account (stamping `timestamp_updated`) and returns it.
    mutating func store(_ account: JSONObject) -> JSONObject {
        var account = account
        account["timestamp_updated"] = .string(now.iso8601)
        if let email = account["email"]?.stringValue { accounts[email] = account }
        return account
    }

    /// `POST /accounts/warmup/enable|disable`: the listed emails (or all, minus exclusions) change
    /// warmup status; answers the background job.
    mutating func setWarmup(_ enabled: Bool, _ body: JSONObject) -> JSONObject {
        let listed = (body["emails"]?.arrayValue ?? []).compactMap { $0.stringValue?.lowercased() }
        let excluded = Set((body["excluded_emails"]?.arrayValue ?? []).compactMap { $0.stringValue?.lowercased() })
        let search = body["search"]?.stringValue?.lowercased()
        let filter = body["filter"]?["filter"]?.stringValue
        let targets =
            body["include_all_emails"]?.boolValue == true
            ? accounts.ids.filter { email in
                guard !excluded.contains(email), let account = accounts[email] else { return false }
                if let filter, !InstantlyAccount.matches(filter: filter, account) { return false }
                return search.map { email.contains($0) } ?? true
            }
            : listed.filter { accounts[$0] != nil }
        for email in targets {
            guard var account = accounts[email] else { continue }
            account["warmup_status"] = .int(enabled ? AccountStatus.warmupActive : AccountStatus.warmupPaused)
            if enabled, account["timestamp_warmup_start"]?.stringValue == nil { account["timestamp_warmup_start"] = .string(now.iso8601) }
            if enabled, account["stat_warmup_score"]?.isNull != false { account["stat_warmup_score"] = 100 }
            _ = store(account)
        }
        return recordBackgroundJob(
            type: "update-warmup-accounts", entityType: "workspace", entityID: Self.organizationID,
            data: ["warmup": .bool(enabled), "emails": .array(targets.map(JSON.string)), "success_count": .int(targets.count)])
    }

    /// `POST /accounts/warmup-analytics`: the last seven days of warmup mail per account, from each
    /// account's warmup `limit`, while warmup is on; inbox and spam split drawn from the email and date.
    func warmupAnalytics(_ emails: [String]) -> JSONObject {
        var byDate = JSONObject(), aggregate = JSONObject()
        for email in emails {
            guard let account = accounts[email.lowercased()] else { continue }
            let active = account["warmup_status"]?.intValue == AccountStatus.warmupActive
            let limit = account["warmup"]?["limit"]?.intValue ?? 10
            var days = JSONObject()
            var sent = 0, inbox = 0, spam = 0
            for back in (1...7).reversed() where active {
                let date = now.adding(milliseconds: -Int64(back) * SimTime.dayMilliseconds).date
                let daySpam = StableHash.unit(email + date, salt: 11) < 0.2 ? 1 : 0
                days[date] = ["sent": .int(limit), "landed_inbox": .int(limit - daySpam), "landed_spam": .int(daySpam), "received": .int(limit)]
                sent += limit
                inbox += limit - daySpam
                spam += daySpam
            }
            byDate[email] = .object(days)
            let score = sent == 0 ? 0 : inbox * 100 / sent
            aggregate[email] = ["sent": .int(sent), "landed_inbox": .int(inbox), "landed_spam": .int(spam), "received": .int(sent),
                "health_score_label": .string("\(score)%"), "health_score": .int(score)]
        }
        return ["email_date_data": .object(byDate), "aggregate_data": .object(aggregate)]
    }

    /// `POST /accounts/test/vitals`: DNS checks per sending domain. Reserved `.test` domains that never
    /// deliver (`invalid.test`, `bounce.test`) fail.
    func vitals(_ emails: [String]) -> JSONObject {
        var seen = Set<String>()
        var passed: [JSON] = [], failed: [JSON] = []
        for email in emails {
            guard let domain = email.split(separator: "@").last.map({ $0.lowercased() }), seen.insert(domain).inserted else { continue }
            let broken = domain == "invalid.test" || domain == "bounce.test"
            let entry: JSON = ["domain": .string(domain), "allPass": .bool(!broken), "mx": .bool(!broken), "spf": .bool(!broken), "dkim": .bool(!broken), "dmarc": .bool(!broken)]
            if broken { failed.append(entry) } else { passed.append(entry) }
        }
        return ["status": "success", "success_list": .array(passed), "failure_list": .array(failed)]
    }
}
