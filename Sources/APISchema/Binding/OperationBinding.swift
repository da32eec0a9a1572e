import InstLanguage
import InstTransport

/// One catalog operation bound to a command: its parameters and where each goes on the wire,
/// computed once when the commands are built so that a call only looks things up.
///
/// Path parameters are positional and required (also accepted as `name=value`); query
/// parameters and the body's top-level fields are `name=value`; `body=` takes a whole body map,
/// which named fields override. A name that is both a query parameter and a body field goes to
/// the query for GET and DELETE and to the body otherwise. When the body itself has a field
/// named `body` (`emails.reply`), `body=` is that field and there is no whole-body parameter.
public struct OperationBinding: Sendable {
    /// Where an argument goes.
    enum Destination: Sendable, Equatable {
        case path
        case query
        /// A top-level body field.
        case bodyField
        /// The whole body map.
        case wholeBody
    }

    /// What a parameter of the command is bound to, parallel to ``parameters``.
    struct Slot: Sendable {
        let name: String
        let destination: Destination
        let schema: JSONSchema
    }

    public let operation: APIOperation
    public let service: any ServiceBinding
    /// How the operation pages, or nil when it does not list.
    public let paging: Paging?
    /// The command's parameters, for binding, help and completion.
    public let parameters: [ParameterSpec]
    let slots: [Slot]
    /// The service's headers plus, when the operation has a body, `Content-Type`.
    let headers: HeaderFields
    /// The page size used when the caller gives none: the largest allowed.
    let defaultPageSize: Int?

    public init(_ operation: APIOperation, service: any ServiceBinding) {
        self.operation = operation
        self.service = service
        self.paging = service.paging(for: operation)
        self.slots = Self.slots(of: operation)
        self.parameters = slots.map { Self.parameterSpec(for: $0, in: operation) }
        var headers = service.headers
        if operation.body != nil { headers["Content-Type"] = "application/json" }
        self.headers = headers
        self.defaultPageSize = paging.flatMap { Self.largestPageSize(of: operation, paging: $0) }
    }

    /// Path parameters in the template's order, then query parameters, then body fields, then
    /// `body` (when no field has that name); a name already taken is left out.
    private static func slots(of operation: APIOperation) -> [Slot] {
        var slots = operation.pathParameters.map { Slot(name: $0.name, destination: .path, schema: $0.schema) }
        var taken = Set(slots.map(\.name))
        let query = operation.queryParameters.map { Slot(name: $0.name, destination: .query, schema: $0.schema) }
        let fields = (operation.body?.schema.properties ?? []).map {
            Slot(name: $0.name, destination: .bodyField, schema: $0.schema)
        }
        let queryFirst = operation.method == .get || operation.method == .delete
        for slot in queryFirst ? query + fields : fields + query where taken.insert(slot.name).inserted {
            slots.append(slot)
        }
        if let body = operation.body, taken.insert("body").inserted {
            slots.append(Slot(name: "body", destination: .wholeBody, schema: body.schema))
        }
        return slots
    }

    /// The page-size bound: the service's cap, else the schema's maximum for the limit parameter.
    private static func largestPageSize(of operation: APIOperation, paging: Paging) -> Int? {
        if let cap = paging.maxPageSize { return cap }
        let schema: JSONSchema? = switch paging.placement {
        case .query: operation.queryParameters.first { $0.name == paging.limitParameter }?.schema
        case .body: operation.body?.schema.property(paging.limitParameter)
        }
        return schema?.maximum.flatMap { $0 >= 1 && $0 <= 10_000 ? Int($0) : nil }
    }
}
