extension HighLevelService {
    /// What belongs to a contact: tags, notes, tasks and workflow enrolments.
    static let contactChildRoutes: [Route<HighLevelLocation>] = tagRoutes + workflowEnrolmentRoutes
        + recordRoutes(segment: "notes", parameter: "id", single: "note", collection: \.notes)
        + recordRoutes(segment: "tasks", parameter: "taskId", single: "task", collection: \.tasks)
        + [
            Route(.put, "/contacts/{contactId}/tasks/{taskId}/completed", scopes: []) { location, request throws(SimError) in
                var task = try location.record(\.tasks, request.parameter("taskId"), of: request.parameter("contactId"))
                task["completed"] = request.bodyObject["completed"] ?? false
                location.tasks[request.parameter("taskId")] = task
                return .ok(["task": .object(task)])
            },
        ]

    private static let tagRoutes: [Route<HighLevelLocation>] = [
        // Documented as 201; the live API answers 200.
        Route(.post, "/contacts/{contactId}/tags", scopes: []) { location, request throws(SimError) in
            let tags = try location.addTags(request.bodyObject["tags"]?.arrayValue ?? [], to: request.parameter("contactId"), now: request.now)
            return .ok(["tags": .array(tags)])
        },
        Route(.delete, "/contacts/{contactId}/tags", scopes: []) { location, request throws(SimError) in
            let tags = try location.removeTags(request.bodyObject["tags"]?.arrayValue ?? [], from: request.parameter("contactId"), now: request.now)
            return .ok(["tags": .array(tags)])
        },
    ]

    /// Adding a contact to a workflow records one enrolment (adding again keeps the first);
    /// removing deletes it.
    private static let workflowEnrolmentRoutes: [Route<HighLevelLocation>] = [
        Route(.post, "/contacts/{contactId}/workflow/{workflowId}", scopes: []) { location, request throws(SimError) in
            let contactID = request.parameter("contactId"), workflowID = request.parameter("workflowId")
            _ = try location.contact(contactID)
            _ = try location.workflow(workflowID)
            let id = contactID + "/" + workflowID
            if location.enrolments[id] == nil {
                location.enrolments[id] = [
                    "id": .string(id), "contactId": .string(contactID), "workflowId": .string(workflowID),
                    "eventStartTime": request.bodyObject["eventStartTime"] ?? .string(request.now.iso8601), "dateAdded": .string(request.now.iso8601),
                ]
            }
            return .ok(.object(succeeded))
        },
        Route(.delete, "/contacts/{contactId}/workflow/{workflowId}", scopes: []) { location, request throws(SimError) in
            let contactID = request.parameter("contactId"), workflowID = request.parameter("workflowId")
            _ = try location.contact(contactID)
            _ = try location.workflow(workflowID)
            location.enrolments[contactID + "/" + workflowID] = nil
            return .ok(.object(succeeded))
        },
    ]

    /// List, create, get, update and delete for a contact's notes or tasks:
    /// `{notes: […]}`, `{note: {…}}`, `{succeded: true}`.
    private static func recordRoutes(segment: String, parameter: String, single: String,
                                     collection: WritableKeyPath<HighLevelLocation, RecordCollection> & Sendable) -> [Route<HighLevelLocation>] {
        let base = "/contacts/{contactId}/\(segment)", item = "\(base)/{\(parameter)}"
        return [
            Route(.get, base, scopes: []) { location, request throws(SimError) in
                let contactID = request.parameter("contactId")
                _ = try location.contact(contactID)
                return .ok([segment: .array(location[keyPath: collection].all.filter { $0["contactId"]?.stringValue == contactID }.map(JSON.object))])
            },
            // Documented as 201; the live API answers 200.
            Route(.post, base, scopes: []) { location, request throws(SimError) in
                let contactID = request.parameter("contactId")
                _ = try location.contact(contactID)
                let id = location.newID()
                var record: JSONObject = ["id": .string(id), "contactId": .string(contactID), "dateAdded": .string(request.now.iso8601)]
                record.merge(request.bodyObject)
                location[keyPath: collection][id] = record
                return .ok([single: .object(record)])
            },
            Route(.get, item, scopes: []) { location, request throws(SimError) in
                .ok([single: .object(try location.record(collection, request.parameter(parameter), of: request.parameter("contactId")))])
            },
            Route(.put, item, scopes: []) { location, request throws(SimError) in
                var record = try location.record(collection, request.parameter(parameter), of: request.parameter("contactId"))
                record.merge(request.bodyObject)
                location[keyPath: collection][request.parameter(parameter)] = record
                return .ok([single: .object(record)])
            },
            Route(.delete, item, scopes: []) { location, request throws(SimError) in
                _ = try location.record(collection, request.parameter(parameter), of: request.parameter("contactId"))
                location[keyPath: collection][request.parameter(parameter)] = nil
                return .ok(.object(succeeded))
            },
        ]
    }
}

extension HighLevelLocation {
    /// A note or task of a contact, or 400 when the contact or the record is unknown.
    func record(_ collection: KeyPath<HighLevelLocation, RecordCollection>, _ id: String, of contactID: String) throws(SimError) -> JSONObject {
        _ = try contact(contactID)
        guard let record = self[keyPath: collection][id], record["contactId"]?.stringValue == contactID else {
            throw HighLevelError.make(400, "Record not found")
        }
        return record
    }
}
