extension InstantlyWorkspace {
    /// Records a bulk operation as a background job. The simulator applies the change at once, so the
    /// job is stored finished (`success`, progress 100) and `GET /background-jobs/{id}` reads the same.
    mutating func recordBackgroundJob(type: String, entityType: String, entityID: String?, data: JSONObject) -> JSONObject {
        let stamp = JSON.string(now.iso8601)
        var job = JSONObject()
        job["id"] = .string(newID())
        job["workspace_id"] = .string(Self.organizationID)
        job["user_id"] = .null
        job["type"] = .string(type)
        job["entity_id"] = entityID.map(JSON.string) ?? .null
        job["entity_type"] = .string(entityType)
        job["data"] = .object(data)
        job["progress"] = 100
        job["status"] = "success"
        job["created_at"] = stamp
        job["updated_at"] = stamp
        if let id = job["id"]?.stringValue { backgroundJobs[id] = job }
        return job
    }
}
