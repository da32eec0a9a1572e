import InstTransport

/// Acting on a sub-workspace with an agency (admin workspace) key: Instantly's workspace-group
/// guide (linked from the API spec's `POST /api/v2/accounts/move`) says to add the header
/// `x-as-workspace` whose value is the sub-workspace's `id`, on any endpoint; without the header
/// requests act on the key's own workspace. The key keeps the scopes it has.
public struct WorkspaceHeaderMiddleware: TransportMiddleware {
    /// The header's name.
    public static let name = "x-as-workspace"

    /// The sub-workspace's id.
    public let workspace: String

    /// Whether `id` can be a workspace id: Instantly ids are UUIDs; letters, digits and `-`, at most 64.
    public static func isValidID(_ id: String) -> Bool {
        (1...64).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// What a valid id looks like, for messages.
    static let idForm = "the sub-workspace's id (a UUID such as 019f038e-43ed-7b1f-bbb8-f122efde7ee1)"

    public init(workspace: String) {
        self.workspace = workspace
    }

    public func intercept(
        _ request: TransportRequest, next: @Sendable (TransportRequest) async throws -> TransportResponse
    ) async throws -> TransportResponse {
        guard request.service == .instantly else { return try await next(request) }
        var request = request
        request.headers[Self.name] = workspace
        return try await next(request)
    }
}
