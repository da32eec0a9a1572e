extension InstantlyService {
    /// Sending accounts: list, CRUD by email, pause/resume, mark fixed, warmup and vitals.
    static let accountRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/accounts", scopes: []) { workspace, request throws(SimError) in
            let search = request.queryValue("search")?.lowercased()
            let status = request.queryValue("status").flatMap { Int($0) }
            let provider = request.queryValue("provider_code").flatMap { Int($0) }
            let filter = request.queryValue("filter")
            let accounts = workspace.accounts.all.filter { account in
                if let status, account["status"]?.intValue != status { return false }
                if let provider, account["provider_code"]?.intValue != provider { return false }
                if let filter, !InstantlyAccount.matches(filter: filter, account) { return false }
                guard let search, !search.isEmpty else { return true }
                return ["email", "first_name", "last_name"].contains { account[$0]?.stringValue?.lowercased().contains(search) == true }
            }
            // The cursor is `timestamp_created&email`; a bare email is accepted too.
            return Listing.page(accounts, request) { account in
                request.queryValue("starting_after")?.contains("&") == false ? account["email"]?.stringValue : InstantlyAccount.cursor(account)
            }
        },
        Route(.post, "/api/v2/accounts", scopes: []) { workspace, request throws(SimError) in
            guard let email = request.bodyObject["email"]?.stringValue?.lowercased(), !email.isEmpty else {
                throw .badRequest("body must have required property 'email'")
            }
            guard workspace.accounts[email] == nil else { throw .badRequest("Account \(email) already exists in this workspace") }
            let account = InstantlyAccount.record(email: email, body: request.bodyObject, at: workspace.now)
            workspace.accounts[email] = account
            return .ok(.object(account))
        },
        Route(.get, "/api/v2/accounts/{email}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.account(request.parameter("email"))))
        },
        Route(.patch, "/api/v2/accounts/{email}", scopes: []) { workspace, request throws(SimError) in
            var account = try workspace.account(request.parameter("email"))
            let body = request.bodyObject
            for field in InstantlyAccount.writableFields where body[field] != nil { account[field] = body[field] }
            if let warmup = body["warmup"]?.objectValue {
                var merged = account["warmup"]?.objectValue ?? JSONObject()
                merged.merge(warmup)
                account["warmup"] = .object(merged)
            }
            if body["remove_tracking_domain"]?.boolValue == true {
                account["tracking_domain_name"] = .null
                account["tracking_domain_status"] = .null
            }
            return .ok(.object(workspace.store(account)))
        },
        Route(.delete, "/api/v2/accounts/{email}", scopes: []) { workspace, request throws(SimError) in
            let account = try workspace.account(request.parameter("email"))
            workspace.accounts[request.parameter("email").lowercased()] = nil
            return .ok(.object(account))
        },
        Route(.post, "/api/v2/accounts/{email}/pause", scopes: []) { workspace, request throws(SimError) in
            var account = try workspace.account(request.parameter("email"))
            account["status"] = .int(AccountStatus.paused)
            return .ok(.object(workspace.store(account)))
        },
        Route(.post, "/api/v2/accounts/{email}/resume", scopes: []) { workspace, request throws(SimError) in
            var account = try workspace.account(request.parameter("email"))
            // An account in error stays in error until it is fixed (mark-fixed).
            if account["status"]?.intValue == AccountStatus.paused { account["status"] = .int(AccountStatus.active) }
            return .ok(.object(workspace.store(account)))
        },
        Route(.post, "/api/v2/accounts/{email}/mark-fixed", scopes: []) { workspace, request throws(SimError) in
            var account = try workspace.account(request.parameter("email"))
            if (account["status"]?.intValue ?? 0) < 0 {
                account["status"] = .int(AccountStatus.active)
                account["status_message"] = .null
                account["autofix_failed"] = .null
            }
            return .ok(.object(workspace.store(account)))
        },
    ] + accountWarmupRoutes

    /// Warmup on/off in bulk (a background job), warmup analytics, vitals and tracking-domain checks.
    static let accountWarmupRoutes: [Route<InstantlyWorkspace>] = [
        Route(.post, "/api/v2/accounts/warmup/enable", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(workspace.setWarmup(true, request.bodyObject)))
        },
        Route(.post, "/api/v2/accounts/warmup/disable", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(workspace.setWarmup(false, request.bodyObject)))
        },
        Route(.post, "/api/v2/accounts/warmup-analytics", scopes: []) { workspace, request throws(SimError) in
            let emails = (request.bodyObject["emails"]?.arrayValue ?? []).compactMap(\.stringValue)
            return .ok(.object(workspace.warmupAnalytics(emails)))
        },
        Route(.get, "/api/v2/accounts/analytics/daily", scopes: []) { workspace, request throws(SimError) in
            .ok(.array(workspace.accountDailyAnalytics(request).map(JSON.object)))
        },
        Route(.post, "/api/v2/accounts/test/vitals", scopes: []) { workspace, request throws(SimError) in
            let emails = (request.bodyObject["accounts"]?.arrayValue ?? []).compactMap(\.stringValue)
            return .ok(.object(workspace.vitals(emails.isEmpty ? workspace.accounts.ids : emails)))
        },
        Route(.get, "/api/v2/accounts/ctd/status", scopes: []) { workspace, request throws(SimError) in
            let host = request.queryValue("host") ?? ""
            let known = workspace.accounts.all.contains { $0["tracking_domain_name"]?.stringValue == host }
            return .ok(["success": .bool(known), "ssl": .bool(known), "cname": .bool(known), "host": .string(host)])
        },
    ]
}
