extension HighLevelService {
    /// The location's workflows.
    static let workflowRoutes: [Route<HighLevelLocation>] = [
        Route(.get, "/workflows/", scopes: []) { location, _ throws(SimError) in
            .ok(["workflows": .array(location.workflows.all.map(JSON.object))])
        },
    ]
}
