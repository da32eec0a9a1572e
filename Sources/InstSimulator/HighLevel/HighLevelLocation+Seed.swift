/// The demo location of DESIGN.md: `loc_northwind` with the workflows "Hot reply" (published) and
/// "Nurture" (draft), and three contacts.
extension HighLevelLocation {
    /// The seeded workflow's id, so tests and docs can name it.
    public static let hotReplyWorkflowID = "4f1c2a9e-7b3d-4c8e-9a51-0d6e2b7f3a10"

    public static func demo(now: SimTime, seed: UInt64) -> HighLevelLocation {
        var location = HighLevelLocation(seed: seed)
        location.seedWorkflow(id: hotReplyWorkflowID, name: "Hot reply", status: "published", now: now)
        location.seedWorkflow(id: "9b2e6d41-3c7a-4f05-8e19-5a4d0c2b8f77", name: "Nurture", status: "draft", now: now)
        let people: [JSONObject] = [
            ["firstName": "Margaret", "lastName": "Hamilton", "email": "margaret@apollo.test", "phone": "+15550100001",
             "companyName": "Apollo Guidance", "tags": ["customer"], "source": "import"],
            ["firstName": "Alan", "lastName": "Kay", "email": "alan@parc.test", "companyName": "PARC", "tags": ["prospect"], "source": "import"],
            ["firstName": "Barbara", "lastName": "Liskov", "email": "barbara@clu.test", "phone": "+15550100003", "source": "import"],
        ]
        for person in people { _ = location.insertContact(person, now: now) }
        return location
    }

    private mutating func seedWorkflow(id: String, name: String, status: String, now: SimTime) {
        workflows[id] = [
            "id": .string(id), "name": .string(name), "status": .string(status), "version": 1,
            "createdAt": .string(now.iso8601), "updatedAt": .string(now.iso8601), "locationId": .string(Self.locationID),
        ]
    }
}
