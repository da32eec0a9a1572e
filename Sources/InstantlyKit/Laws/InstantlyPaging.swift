import APISchema

/// How Instantly's list operations page: `{items, next_starting_after}` pages, the cursor sent
/// back as `starting_after`. GET lists take it in the query; query-style POSTs
/// (`POST /leads/list`, law 9) in the body, at most 100 per page.
public enum InstantlyPaging {
    /// The largest page a body-paged list accepts (law 9).
    public static let maxBodyPageSize = 100

    /// The paging of `operation`, or nil when it does not list.
    public static func paging(for operation: APIOperation) -> Paging? {
        switch operation.method {
        case .get:
            let names = Set(operation.queryParameters.map(\.name))
            guard names.contains("starting_after"), names.contains("limit") else { return nil }
            let maximum = operation.queryParameters.first { $0.name == "limit" }?.schema.maximum
            return Paging(placement: .query, maxPageSize: maximum.map { Int($0) })
        case .post:
            guard operation.effect == .read, let body = operation.body?.schema,
                  body.property("starting_after") != nil, let limit = body.property("limit")
            else { return nil }
            let maximum = limit.maximum.map { min(Int($0), maxBodyPageSize) } ?? maxBodyPageSize
            return Paging(placement: .body, maxPageSize: maximum)
        default:
            return nil
        }
    }
}
