import APISchema
import InstLanguage

/// `ghl.contacts.search` as a lazy stream of contacts: the first page is fetched when the command
/// runs, the next when the contacts before it are used up, sending the last contact's
/// `searchAfter` (a list such as `[1700000000000, "id"]`) back in the body.
///
/// Stops after a short or empty page, a page whose last contact carries no `searchAfter`, or when
/// the caller asked for one `page=`. A `searchAfter` the service already gave is an error.
final class HighLevelSearch {
    /// The page size sent when the caller gives no `pageLimit`.
    static let defaultPageSize = 100
    /// The largest `pageLimit` the service accepts.
    static let maxPageSize = 500

    private let binding: OperationBinding
    private let client: APIClient
    private let interrupts: () throws -> Void
    private var body: ValueMap
    private let pageSize: Int
    private let singlePage: Bool
    private var contacts: [Value] = []
    private var position = 0
    private var isLastPage = false
    private var usedCursors: Set<String> = []

    /// The stream of the contacts `call` finds; fetches the first page now, so errors surface here.
    static func stream(
        _ call: APICall, binding: OperationBinding, client: APIClient, interrupts: @escaping () throws -> Void
    ) throws -> ValueStream {
        let search = try HighLevelSearch(call, binding: binding, client: client, interrupts: interrupts)
        return ValueStream { try search.next() }
    }

    private init(_ call: APICall, binding: OperationBinding, client: APIClient,
                 interrupts: @escaping () throws -> Void) throws {
        self.binding = binding
        self.client = client
        self.interrupts = interrupts
        var body = ValueMap()
        if case .map(let given)? = call.body { body = given }
        if case .int(let size)? = body["pageLimit"] {
            pageSize = size
        } else {
            pageSize = Self.defaultPageSize
            body["pageLimit"] = .int(pageSize)
        }
        singlePage = body["page"] != nil && body["page"] != .null
        self.body = body
        try fetchPage()
    }

    private func next() throws -> Value? {
        while position == contacts.count {
            if isLastPage { return nil }
            try interrupts()
            try fetchPage()
        }
        defer { position += 1 }
        return contacts[position]
    }

    private func fetchPage() throws {
        let page = try binding.perform(APICall(body: .map(body)), client: client, interrupts: interrupts)
        guard case .map(let map) = page, case .list(let found)? = map["contacts"] else {
            throw failure("invalid_response", "the answer is not a search page: it has no `contacts` list")
        }
        contacts = found
        position = 0
        guard !singlePage, found.count >= pageSize, case .map(let last)? = found.last,
              let cursor = last["searchAfter"], case .list = cursor else {
            isLastPage = true
            return
        }
        guard usedCursors.insert(cursor.formattedLiteral()).inserted else {
            throw failure("repeated_cursor",
                "the service gave the searchAfter \(cursor.formattedLiteral()) twice; stopped rather than read the same pages again")
        }
        body["searchAfter"] = cursor
    }

    private func failure(_ code: String, _ message: String) -> ScriptError {
        let operation = binding.operation
        return APIError(status: nil, code: code, message: message,
                        method: operation.method.rawValue, path: operation.path.rawValue).scriptError
    }
}
