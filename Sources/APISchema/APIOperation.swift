import InstTransport

/// One operation of a service's API as the catalog holds it: the command that names it, how it
/// goes on the wire, what it does to the world, who may call it, and what it accepts.
public struct APIOperation: Sendable {
    /// The command: `instantly.campaigns.list`.
    public let name: String
    /// The spec's `operationId`: `listCampaign`.
    public let operationID: String
    public let method: HTTPMethod
    /// With `{name}` placeholders for the path parameters: `/api/v2/campaigns/{id}/activate`.
    public let path: PathTemplate
    /// The spec's tags; the first is the operation's group (`Campaign`).
    public let tags: [String]
    /// One line: `List campaign`.
    public let summary: String
    /// The spec's longer description, scopes sentence removed; often empty.
    public let discussion: String
    /// The API-key scopes of which any one allows the operation, narrowest first:
    /// `campaigns:read`, `campaigns:all`, `all:read`, `all:all`.
    public let scopes: [String]
    /// True when the spec names no scopes for the operation and the generator inferred them
    /// from its path's other operations (see docs/instantly-commands.md).
    public let scopesAreInferred: Bool
    public let effect: RequestEffect
    public let pathParameters: [APIParameter]
    public let queryParameters: [APIParameter]
    /// Nil when the operation takes no body (bodyless requests carry no Content-Type either).
    public let body: APIRequestBody?

    public init(
        name: String,
        operationID: String,
        method: HTTPMethod,
        path: PathTemplate,
        tags: [String] = [],
        summary: String,
        discussion: String = "",
        scopes: [String],
        scopesAreInferred: Bool = false,
        effect: RequestEffect,
        pathParameters: [APIParameter] = [],
        queryParameters: [APIParameter] = [],
        body: APIRequestBody? = nil
    ) {
        self.name = name
        self.operationID = operationID
        self.method = method
        self.path = path
        self.tags = tags
        self.summary = summary
        self.discussion = discussion
        self.scopes = scopes
        self.scopesAreInferred = scopesAreInferred
        self.effect = effect
        self.pathParameters = pathParameters
        self.queryParameters = queryParameters
        self.body = body
    }

    /// The first tag: `Campaign`.
    public var group: String {
        tags.first ?? ""
    }

    /// Whether a key holding `granted` scopes may call the operation: it holds any one of ``scopes``.
    public func isAllowed(byScopes granted: some Sequence<String>) -> Bool {
        granted.contains { scopes.contains($0) }
    }
}
