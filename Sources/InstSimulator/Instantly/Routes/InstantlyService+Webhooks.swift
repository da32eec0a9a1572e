extension InstantlyService {
    /// Webhooks (subscriptions by event type and campaign) and the events recorded for them.
    static let webhookRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/webhooks", scopes: []) { workspace, request throws(SimError) in
            let campaign = request.queryValue("campaign"), type = request.queryValue("event_type")
            let hooks = workspace.webhooks.all.filter { hook in
                (campaign == nil || hook["campaign"]?.stringValue == campaign) && (type == nil || hook["event_type"]?.stringValue == type)
            }
            return Listing.page(hooks, request)
        },
        Route(.post, "/api/v2/webhooks", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.createWebhook(request.bodyObject)))
        },
        Route(.get, "/api/v2/webhooks/event-types", scopes: []) { workspace, request throws(SimError) in
            .ok(["event_types": .array(InstantlyWorkspace.webhookEventTypes.map { id, label in ["id": .string(id), "label": .string(label), "type": "standard"] })])
        },
        Route(.get, "/api/v2/webhooks/{id}", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(try workspace.webhook(request.parameter("id"))))
        },
        Route(.patch, "/api/v2/webhooks/{id}", scopes: []) { workspace, request throws(SimError) in
            var hook = try workspace.webhook(request.parameter("id"))
            for field in InstantlyWorkspace.webhookFields where request.bodyObject[field] != nil { hook[field] = request.bodyObject[field] }
            workspace.webhooks[request.parameter("id")] = hook
            return .ok(.object(hook))
        },
        Route(.delete, "/api/v2/webhooks/{id}", scopes: []) { workspace, request throws(SimError) in
            let hook = try workspace.webhook(request.parameter("id"))
            workspace.webhooks[request.parameter("id")] = nil
            return .ok(.object(hook))
        },
        Route(.post, "/api/v2/webhooks/{id}/test", scopes: []) { workspace, request throws(SimError) in
            // A simulator with a webhook transport then delivers the test and answers with how it went (Simulator+WebhookTest).
            _ = try workspace.webhook(request.parameter("id"))
            return .ok(["success": false, "message": "This simulator records webhook events but has no webhook transport to deliver them", "error": "not delivered"])
        },
        Route(.post, "/api/v2/webhooks/{id}/resume", scopes: []) { workspace, request throws(SimError) in
            var hook = try workspace.webhook(request.parameter("id"))
            hook["status"] = 1
            hook["timestamp_error"] = .null
            workspace.webhooks[request.parameter("id")] = hook
            return .ok(.object(hook))
        },
    ] + webhookEventRoutes

    static let webhookEventRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/webhook-events", scopes: []) { workspace, request throws(SimError) in
            Listing.page(Array(workspace.webhookEvents(matching: request).reversed()), request)
        },
        Route(.get, "/api/v2/webhook-events/summary", scopes: []) { workspace, request throws(SimError) in
            .ok(.object(InstantlyWorkspace.webhookSummary(workspace.webhookEvents(matching: request))))
        },
        Route(.get, "/api/v2/webhook-events/summary-by-date", scopes: []) { workspace, request throws(SimError) in
            let byDate = Dictionary(grouping: workspace.webhookEvents(matching: request)) { $0["timestamp_created_date"]?.stringValue ?? "" }
            return .ok(["items": .array(byDate.keys.sorted().map { date in
                var entry: JSONObject = ["date": .string(date)]
                let summary = InstantlyWorkspace.webhookSummary(byDate[date] ?? [])
                for field in ["total_events", "successful_events", "failed_events"] { entry[field] = summary[field] }
                return .object(entry)
            })])
        },
        Route(.get, "/api/v2/webhook-events/{id}", scopes: []) { workspace, request throws(SimError) in
            guard let event = workspace.webhookEvents[request.parameter("id")] else { throw .notFound("Webhook event not found") }
            return .ok(.object(event))
        },
    ]
}
