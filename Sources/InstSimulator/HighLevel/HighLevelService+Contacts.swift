extension HighLevelService {
    /// Contacts: create (duplicate rule), upsert, get, update, delete, search, duplicate lookup, list.
    static let contactRoutes: [Route<HighLevelLocation>] = [
        // Documented as 201; the live API answers 200.
        Route(.post, "/contacts/", scopes: []) { location, request throws(SimError) in
            if let match = location.duplicate(of: request.bodyObject) { throw HighLevelLocation.duplicateError(match) }
            return .ok(["contact": .object(location.insertContact(request.bodyObject, now: request.now))])
        },
        // Upsert matches on email or phone; its tags replace the contact's tags (law G1).
        Route(.post, "/contacts/upsert", scopes: []) { location, request throws(SimError) in
            let body = request.bodyObject
            guard let match = location.duplicate(of: body), let id = match.contact["id"]?.stringValue else {
                return .ok(["new": true, "contact": .object(location.insertContact(body, now: request.now))])
            }
            return .ok(["new": false, "contact": .object(try location.updateContact(id, with: body, now: request.now))])
        },
        Route(.get, "/contacts/{contactId}", scopes: []) { location, request throws(SimError) in
            .ok(["contact": .object(try location.contact(request.parameter("contactId")))])
        },
        Route(.put, "/contacts/{contactId}", scopes: []) { location, request throws(SimError) in
            let id = request.parameter("contactId")
            _ = try location.contact(id)
            if let match = location.duplicate(of: request.bodyObject, excluding: id) { throw HighLevelLocation.duplicateError(match) }
            var answer = succeeded
            answer["contact"] = .object(try location.updateContact(id, with: request.bodyObject, now: request.now))
            return .ok(.object(answer))
        },
        Route(.delete, "/contacts/{contactId}", scopes: []) { location, request throws(SimError) in
            try location.deleteContact(request.parameter("contactId"))
            return .ok(.object(succeeded))
        },
        Route(.post, "/contacts/search", scopes: []) { location, request throws(SimError) in
            let found = try location.search(request.bodyObject)
            return .ok(["contacts": .array(found.contacts.map(HighLevelLocation.searchResult)), "total": .int(found.total)])
        },
        Route(.get, "/contacts/search/duplicate", scopes: []) { location, request throws(SimError) in
            let fields: JSONObject = ["email": request.queryValue("email").map(JSON.string) ?? .null,
                                      "phone": request.queryValue("number").map(JSON.string) ?? .null]
            return .ok(["contact": location.duplicate(of: fields).map { .object($0.contact) } ?? .null])
        },
        // The deprecated list: `query` as in search, `limit` (default 20, at most 100), `startAfterId`.
        Route(.get, "/contacts/", scopes: []) { location, request throws(SimError) in
            let limit = request.queryInt("limit") ?? 20
            guard (1...100).contains(limit) else { throw HighLevelError.unprocessable(["limit must not be greater than 100"]) }
            var body: JSONObject = ["pageLimit": .int(limit), "query": .string(request.queryValue("query") ?? "")]
            if let after = request.queryValue("startAfterId") { body["searchAfter"] = [0, .string(after)] }
            let found = try location.search(body)
            let meta: JSONObject = ["total": .int(found.total), "startAfterId": found.contacts.last?["id"] ?? .null]
            return .ok(["contacts": .array(found.contacts.map(JSON.object)), "meta": .object(meta)])
        },
    ]
}
