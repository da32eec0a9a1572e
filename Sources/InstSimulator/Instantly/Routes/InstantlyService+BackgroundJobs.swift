extension InstantlyService {
    /// Background jobs the bulk operations recorded (warmup enable/disable, …).
    static let backgroundJobRoutes: [Route<InstantlyWorkspace>] = [
        Route(.get, "/api/v2/background-jobs", scopes: []) { workspace, request throws(SimError) in
            let ids = Set(Listing.values(request, "ids") + Listing.values(request, "included_ids"))
            let excluded = Set(Listing.values(request, "excluded_ids"))
            let entities = Set(Listing.values(request, "entity_id"))
            let statuses = Set(Listing.values(request, "status"))
            let type = request.queryValue("type"), entityType = request.queryValue("entity_type")
            var jobs = workspace.backgroundJobs.all.filter { job in
                let id = job["id"]?.stringValue ?? ""
                return (ids.isEmpty || ids.contains(id)) && !excluded.contains(id)
                    && (entities.isEmpty || entities.contains(job["entity_id"]?.stringValue ?? ""))
                    && (statuses.isEmpty || statuses.contains(job["status"]?.stringValue ?? ""))
                    && (type == nil || job["type"]?.stringValue == type) && (entityType == nil || job["entity_type"]?.stringValue == entityType)
            }
            if request.queryValue("sort_order") != "asc" { jobs.reverse() }
            return Listing.page(jobs, request)
        },
        Route(.get, "/api/v2/background-jobs/{id}", scopes: []) { workspace, request throws(SimError) in
            guard var job = workspace.backgroundJobs[request.parameter("id")] else { throw .notFound("Background job not found") }
            let fields = Listing.values(request, "data_fields")
            if !fields.isEmpty, let data = job["data"]?.objectValue {
                job["data"] = .object(JSONObject(fields.compactMap { field in data[field].map { (field, $0) } }))
            }
            return .ok(.object(job))
        },
    ]
}
