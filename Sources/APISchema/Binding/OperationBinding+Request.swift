import InstLanguage
import InstTransport

extension OperationBinding {
    /// The request for `call`: the path template filled with percent-encoded values, query items
    /// in order (a list repeats its name, never comma-joined), the body as JSON with
    /// `Content-Type: application/json`, or no body and no `Content-Type` when the call has none.
    ///
    /// Throws ``APIError/scriptError`` (`invalid_argument`) for a missing path value or a value
    /// JSON cannot carry.
    public func request(for call: APICall) throws -> TransportRequest {
        let path: String
        do {
            path = try operation.path.expanded(with: call.path)
        } catch {
            throw failure(.invalidArgument("", error.description))
        }
        var query: [QueryItem] = []
        for (name, value) in call.query.entries {
            try Self.appendQueryItems(name, value, to: &query)
        }
        var headers = self.headers
        var body: [UInt8]?
        if let value = call.body {
            do {
                body = try JSONPrinter.bytes(value)
            } catch {
                throw failure(.invalidArgument("body", "\(error)"))
            }
            if operation.body == nil { headers["Content-Type"] = "application/json" }
        } else if operation.body != nil {
            headers["Content-Type"] = nil
        }
        return TransportRequest(
            service: service.service, method: operation.method, pathTemplate: operation.path, path: path,
            query: query, headers: headers, body: body, operationID: operation.name, effect: operation.effect)
    }

    /// `error` with this operation's method and path template (the concrete path is not known yet).
    func failure(_ error: APIError) -> ScriptError {
        var error = error
        error.method = operation.method.rawValue
        error.path = operation.path.rawValue
        return error.scriptError
    }

    private static func appendQueryItems(_ name: String, _ value: Value, to query: inout [QueryItem]) throws(ScriptError) {
        switch value {
        case .null: return
        case .string(let text): query.append(QueryItem(name: name, value: text))
        case .int(let number): query.append(QueryItem(name: name, value: String(number)))
        case .float(let number):
            let whole = number.rounded() == number && abs(number) < 1e15
            query.append(QueryItem(name: name, value: whole ? String(Int(number)) : String(number)))
        case .bool(let flag): query.append(QueryItem(name: name, value: flag ? "true" : "false"))
        case .list(let elements):
            for element in elements { try appendQueryItems(name, element, to: &query) }
        case .map, .stream, .callable:
            throw APIError.invalidArgument(name, "a \(value.typeName) cannot go in a query string").scriptError
        }
    }
}
