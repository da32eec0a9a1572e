extension InstantlyWorkspace {
    /// The demo sending accounts of DESIGN.md, keyed by email: ada@ and grace@northwind.test active
    /// and warming up, linus@northwind.test in connection error (-1) with the server's refusal.
    mutating func seedAccounts() {
        let added = now.adding(.seconds(-60 * 86_400))
        seedAccount("ada@northwind.test", first: "Ada", last: "Lovelace", provider: 2, dailyLimit: 30, created: added)
        seedAccount("grace@northwind.test", first: "Grace", last: "Hopper", provider: 3, dailyLimit: 40, created: added)
        seedAccount("linus@northwind.test", first: "Linus", last: "Torvalds", provider: 1, dailyLimit: 30, created: added)
        if var linus = accounts["linus@northwind.test"] {
            linus["status"] = .int(AccountStatus.connectionError)
            linus["warmup_status"] = .int(AccountStatus.warmupPaused)
            linus["status_message"] = [
                "code": "EAUTH", "command": "AUTH PLAIN", "response": "535 5.7.8 Username and Password not accepted",
                "e_message": "Invalid login: 535 5.7.8 Username and Password not accepted", "responseCode": 535,
            ]
            linus["autofix_failed"] = true
            accounts["linus@northwind.test"] = linus
        }
    }

    private mutating func seedAccount(_ email: String, first: String, last: String, provider: Int, dailyLimit: Int, created: SimTime) {
        let body: JSONObject = [
            "first_name": .string(first), "last_name": .string(last), "provider_code": .int(provider), "daily_limit": .int(dailyLimit),
            "warmup": ["limit": 20, "increment": "2", "reply_rate": 30, "advanced": ["warm_ctd": false, "open_rate": 100, "important_rate": 70, "read_emulation": true, "spam_save_rate": 100, "weekday_only": true]],
            "tracking_domain_name": "track.northwind.test", "tracking_domain_status": "active",
        ]
        var account = InstantlyAccount.record(email: email, body: body, at: created)
        account["timestamp_last_used"] = .string(now.iso8601)
        account["stat_warmup_score"] = 98
        accounts[email] = account
    }
}
