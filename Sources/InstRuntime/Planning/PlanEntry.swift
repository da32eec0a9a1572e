import InstTransport

/// One write of a run, as the plan lists it: planned in dry-run (and metered calls planned
/// without `--spend`), or sent in a live run.
public struct PlanEntry: Sendable, Equatable {
    /// 1, 2, 3… in the order the script made the calls.
    public var sequence: Int
    public var service: ServiceName
    /// The catalog's name: `instantly.leads.create`.
    public var operation: String
    public var method: HTTPMethod
    /// The path and query string requested: `/api/v2/campaigns/4f…/pause`.
    public var path: String
    /// The catalog's path: `/api/v2/campaigns/{id}/pause`.
    public var pathTemplate: PathTemplate
    /// The body bytes as they would be sent (`nil`: no body).
    public var body: [UInt8]?
    /// SHA-256 of the body bytes (of no bytes without a body), lowercase hex.
    public var bodySHA256: String
    public var effect: RequestEffect
    /// The API-key scopes of which any one allows the operation, most specific first.
    public var scopes: [String]
    /// Where in the script being run the call was made (and the procedures it went through), if a
    /// command was running.
    public var site: CallSite?
    /// What the runtime and the lint warned about this call.
    public var warnings: [String]
    /// Whether it was planned (not sent).
    public var planned: Bool

    /// The entry for `request`: its method, paths, body and digest as it would go on the wire.
    public init(
        sequence: Int, request: TransportRequest, scopes: [String], site: CallSite?, warnings: [String], planned: Bool
    ) {
        self.sequence = sequence
        self.service = request.service
        self.operation = request.operationID
        self.method = request.method
        self.path = request.target
        self.pathTemplate = request.pathTemplate
        self.body = request.body
        self.bodySHA256 = AuditDigest.sha256(request.body ?? [])
        self.effect = request.effect
        self.scopes = scopes
        self.site = site
        self.warnings = warnings
        self.planned = planned
    }

    /// The scope the plan names: the most specific one.
    public var scope: String? { scopes.first }
}
