import InstLanguage
import InstTransport

/// What one service adds to the generic binding of its catalog's operations to commands:
/// the headers it needs, its rules beyond the schemas, how it answers, how it pages, and the
/// laws `help` shows.
///
/// The generic machinery (``OperationBinding``, ``APIClient``) validates arguments against the
/// operation's schemas, builds the request, sends it and pages; a binding is consulted at the
/// fixed points below. Implementations must be cheap to call: `review`, `result` and `shape`
/// run on every call; `headers`, `paging` and `laws` are read once per operation when the
/// commands are built.
public protocol ServiceBinding: Sendable {
    /// The service every request goes to (credentials, base URL, rate groups, audit).
    var service: ServiceName { get }

    /// Headers every request carries (`User-Agent`, `Accept`). Never credentials: the transport's
    /// middleware adds those.
    var headers: HeaderFields { get }

    /// The service's own rules, run after the arguments passed schema validation and before the
    /// request is built. May rewrite `call` (send `{}` as the body), or throw a catchable error
    /// (``APIError/invalidArgument(_:_:hint:)``'s ``APIError/scriptError``) naming the field and
    /// what is allowed. Returns warnings to show the user, one line each.
    func review(_ call: inout APICall, for operation: APIOperation) throws -> [String]

    /// Advice for arguments that failed schema validation, added to the error as its `hint`
    /// (a timezone outside the enum: the accepted zone with the same offsets). `call` holds the
    /// arguments as given. A hint replaces the validator's own guess
    /// (``SchemaViolation/suggestion``, closest by spelling). Optional: the default gives none.
    func hint(for violation: SchemaViolation, in call: APICall, for operation: APIOperation) -> String?

    /// The value of a response: decoded JSON for a success, or the service's error (non-2xx, or a
    /// 2xx whose body says it failed) with status, code, message, hint and retryability.
    /// The machinery fills in the error's method and path.
    func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError>

    /// The value scripts see: a decoded result (a whole answer, or one item of a list page) with
    /// anything the service adds for readability (labels beside status codes).
    func shape(_ value: Value, for operation: APIOperation) -> Value

    /// How the operation pages, or nil when it does not list.
    func paging(for operation: APIOperation) -> Paging?

    /// One line per service law that applies to the operation, for `help`:
    /// `Law 6: sends {} as the body`.
    func laws(for operation: APIOperation) -> [String]
}

extension ServiceBinding {
    public func hint(for violation: SchemaViolation, in call: APICall, for operation: APIOperation) -> String? {
        nil
    }
}

/// The arguments of one API call, bound and validated, before it becomes a ``TransportRequest``.
public struct APICall: Sendable, Equatable {
    /// The value of each `{name}` in the operation's path template, not yet percent-encoded.
    public var path: [String: String]
    /// Query parameters in order; a list value goes on the wire as a repeated name (`ids=a&ids=b`).
    public var query: ValueMap
    /// The JSON body; nil sends none (and no `Content-Type`).
    public var body: Value?

    public init(path: [String: String] = [:], query: ValueMap = ValueMap(), body: Value? = nil) {
        self.path = path
        self.query = query
        self.body = body
    }
}

/// How a list operation pages: where its cursor and page size go, and where a page keeps its
/// items and the next cursor. Cursors are opaque strings (a UUID, a timestamp, an email).
public struct Paging: Sendable, Equatable {
    /// Where the cursor and page size are sent.
    public enum Placement: Sendable, Equatable {
        /// As query parameters (GET lists).
        case query
        /// As top-level body fields (query-style POSTs such as `POST /leads/list`).
        case body
    }

    public var placement: Placement
    /// The parameter the cursor is sent as: `starting_after`.
    public var cursorParameter: String
    /// The parameter the page size is sent as: `limit`.
    public var limitParameter: String
    /// The largest page size the service accepts, if it caps it below the schema's bound.
    public var maxPageSize: Int?
    /// The field of a page holding its items: `items`.
    public var itemsField: String
    /// The field of a page holding the cursor of the next one: `next_starting_after`.
    public var nextCursorField: String

    public init(
        placement: Placement,
        cursorParameter: String = "starting_after",
        limitParameter: String = "limit",
        maxPageSize: Int? = nil,
        itemsField: String = "items",
        nextCursorField: String = "next_starting_after"
    ) {
        self.placement = placement
        self.cursorParameter = cursorParameter
        self.limitParameter = limitParameter
        self.maxPageSize = maxPageSize
        self.itemsField = itemsField
        self.nextCursorField = nextCursorField
    }
}
