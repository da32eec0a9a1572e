extension InstantlyService {
    /// The unibox: campaign emails, replies and manual sends; reply, test send, unread counts.
    static let emailRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/emails", scopes: []) { workspace, request throws(SimError) in
            Listing.page(workspace.unibox(matching: request), request)
        },
        Route(.get, "/api/v2/emails/unread/count", scopes: []) { workspace, request throws(SimError) in
            let unread = workspace.emails.all.filter { $0["is_unread"]?.intValue == 1 }.count
            return .ok(["count": .int(unread)])
        },
        Route(.get, "/api/v2/emails/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.email(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/emails/{id}", scopes: []) { workspace, request throws(SimError) in
            var email = try workspace.email(request.parameter("id"))
            for field in ["is_unread", "reminder_ts"] where request.bodyObject[field] != nil { email[field] = request.bodyObject[field] }
            workspace.emails[request.parameter("id")] = email
            return .ok(.object(email))
        },
        Route(.delete, "/api/v2/emails/{id}", scopes: []) { workspace, request throws(SimError) in
            let email = try workspace.email(request.parameter("id"))
            workspace.emails[request.parameter("id")] = nil
            return .ok(.object(email))
        },
        Route(.post, "/api/v2/emails/reply", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.sendReply(request.bodyObject)))
        },
        Route(.post, "/api/v2/emails/test", scopes: []) { workspace, request throws(SimError) in
            let body = request.bodyObject
            _ = try workspace.sendingAccount(body["eaccount"]?.stringValue ?? "")
            guard let recipients = body["to_address_email_list"]?.stringValue, !recipients.trimmingSpaces.isEmpty else {
                throw .badRequest("body/to_address_email_list must NOT have fewer than 1 characters")
            }
            return .ok(["status": "success"])
        },
        Route(.post, "/api/v2/emails/threads/{thread_id}/mark-as-read", scopes: []) { workspace, request throws(SimError) in
            let thread = request.parameter("thread_id")
            for id in workspace.emails.ids where workspace.emails[id]?["thread_id"]?.stringValue == thread {
                workspace.emails[id]?["is_unread"] = 0
            }
            return .ok(["success": true])
        },
    ]
}
