import InstLanguage

/// Reads a list operation page by page as its stream is pulled: the first page when created,
/// each next one when the items before it are used up, following the page's cursor.
///
/// Stops after a page with no cursor or no items (a page may carry a cursor and no items).
/// Cursors are opaque text. A cursor the service already gave is an error, raised only when
/// the page after it is needed: the service would otherwise be asked for the same pages forever.
final class PageReader {
    private let binding: OperationBinding
    private let paging: Paging
    private let client: APIClient
    private let interrupts: () throws -> Void
    private var call: APICall
    private var items: [Value] = []
    private var position = 0
    private var nextCursor: String?
    private var repeatedCursor: String?
    private var usedCursors: Set<String> = []

    /// Fetches the first page, so errors in the call surface where the command is called.
    init(_ call: APICall, binding: OperationBinding, paging: Paging, client: APIClient,
         interrupts: @escaping () throws -> Void) throws {
        self.binding = binding
        self.paging = paging
        self.client = client
        self.interrupts = interrupts
        self.call = call
        if let cursor = Self.text(binding.value(of: paging.cursorParameter, in: call)) { usedCursors.insert(cursor) }
        try fetchPage()
    }

    /// The next shaped item, fetching pages as needed; nil after the last.
    func next() throws -> Value? {
        while position == items.count {
            guard let cursor = nextCursor else {
                if let repeatedCursor { throw repeatedCursorError(repeatedCursor) }
                return nil
            }
            try interrupts()
            binding.set(.string(cursor), for: paging.cursorParameter, in: &call)
            try fetchPage()
        }
        defer { position += 1 }
        return binding.service.shape(items[position], for: binding.operation)
    }

    private func fetchPage() throws {
        let page = try binding.fetch(call, client: client, interrupts: interrupts)
        position = 0
        nextCursor = nil
        switch page {
        case .list(let elements):
            items = elements
        case .map(let map):
            guard case .list(let elements)? = map[paging.itemsField] else {
                throw binding.failure(APIError(status: nil, code: "invalid_response",
                    message: "the answer is not a page: it has no `\(paging.itemsField)` list"))
            }
            items = elements
            guard !elements.isEmpty, let cursor = Self.text(map[paging.nextCursorField]) else { return }
            if usedCursors.insert(cursor).inserted { nextCursor = cursor } else { repeatedCursor = cursor }
        default:
            throw binding.failure(APIError(status: nil, code: "invalid_response",
                message: "the answer is not a page: expected a map with `\(paging.itemsField)`, got a \(page.typeName)"))
        }
    }

    private func repeatedCursorError(_ cursor: String) -> ScriptError {
        binding.failure(APIError(status: nil, code: "repeated_cursor",
            message: "the service gave the cursor \(Value.string(cursor).shortLiteral) twice; "
                + "stopped listing rather than read the same pages again"))
    }

    /// A cursor as text: a string, or a number (a timestamp) written out; nil for none.
    private static func text(_ value: Value?) -> String? {
        switch value {
        case .string(let text)? where !text.isEmpty: text
        case .int(let number)?: String(number)
        case .float(let number)?: Value.float(number).formattedLiteral()
        default: nil
        }
    }
}
