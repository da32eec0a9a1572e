import InstLanguage

extension OperationBinding {
    /// The call `arguments` describe, checked against the operation's schemas: path and query
    /// values as text the way they go on the wire (an int given for a string id, or `"25"` for
    /// an int parameter, is converted), body fields exactly as given. `null` for a query
    /// parameter or for `body=` means not given; a body field keeps it (some fields are
    /// nullable). `materialize` reads a stream given as a value (within the run's caps).
    ///
    /// Throws ``APIError/scriptError`` (code `invalid_argument`) naming the first field at fault
    /// and what is allowed; the service may add a hint.
    public func bind(_ arguments: Arguments, materialize: (ValueStream) throws -> [Value]) throws -> APICall {
        var call = APICall()
        var violations: [SchemaViolation] = []
        var fields: [(name: String, value: Value)] = []
        var wholeBody: ValueMap?
        for (slot, given) in zip(slots, arguments.values) {
            guard let given else { continue }
            switch slot.destination {
            case .path:
                let value = Self.asText(given, for: slot.schema)
                slot.schema.check(value, at: slot.name, into: &violations)
                if case .string(let text) = value { call.path[slot.name] = text }
            case .query:
                if given == .null { continue }
                let value = Self.asQueryValue(given, for: slot.schema)
                slot.schema.check(value, at: slot.name, into: &violations)
                call.query[slot.name] = value
            case .bodyField:
                fields.append((slot.name, try Self.materialized(given, materialize)))
            case .wholeBody:
                if given == .null { continue }
                guard case .map(let map) = try Self.materialized(given, materialize) else {
                    violations.append(SchemaViolation(path: "body", kind: .type, message: "expected map, got \(given.typeName)"))
                    continue
                }
                wholeBody = map
            }
        }
        if let schema = operation.body?.schema {
            var body = wholeBody ?? ValueMap()
            if wholeBody != nil { checkTopLevelNames(of: body, against: schema, into: &violations) }
            for field in fields { body[field.name] = field.value }
            schema.check(.map(body), at: "", into: &violations)
            call.body = .map(body)
        }
        if let first = violations.first {
            throw invalid(first, more: violations.count - 1, in: call).scriptError
        }
        return call
    }

    /// A whole body's top-level fields must be ones the schema names, where it names any, even
    /// if the schema lets other fields through: a misspelt field is otherwise silently ignored.
    private func checkTopLevelNames(of body: ValueMap, against schema: JSONSchema, into violations: inout [SchemaViolation]) {
        guard !schema.properties.isEmpty, case .allowed = schema.additionalProperties else { return }
        for name in body.keys where schema.property(name) == nil {
            violations.append(SchemaViolation(path: name, kind: .unknownField, message: schema.unknownFieldMessage(name)))
        }
    }

    /// The error for the first violation; the service's hint, when it gives one, replaces the
    /// validator's guess at what was meant.
    private func invalid(_ violation: SchemaViolation, more: Int, in call: APICall) -> APIError {
        let others = more == 0 ? "" : " (and \(more) more problem\(more == 1 ? "" : "s"))"
        let hint = service.hint(for: violation, in: call, for: operation)
        let suggestion = hint == nil ? violation.suggestion.map { "; \($0)" } ?? "" : ""
        var error = APIError.invalidArgument(
            violation.path.isEmpty ? "body" : violation.path, violation.message + suggestion + others, hint: hint)
        error.method = operation.method.rawValue
        error.path = operation.path.rawValue
        return error
    }

    /// A path or query value as text when the schema wants text: numbers and bools are written out.
    static func asText(_ value: Value, for schema: JSONSchema) -> Value {
        guard schema.type.contains(.string), !schema.type.admits(value) else { return value }
        switch value {
        case .int, .float, .bool: return .string(value.formattedLiteral())
        default: return value
        }
    }

    /// A query value converted the way the wire would carry it: text parsed as the number or
    /// bool the schema wants, scalars written out where it wants text, a scalar wrapped for a list.
    static func asQueryValue(_ value: Value, for schema: JSONSchema) -> Value {
        if schema.type.contains(.array), let items = schema.items {
            switch value {
            case .list(let elements): return .list(elements.map { asQueryValue($0, for: items) })
            case .stream, .map, .callable: return value
            default: return .list([asQueryValue(value, for: items)])
            }
        }
        guard case .string(let text) = value, !schema.type.contains(.string) else { return asText(value, for: schema) }
        if schema.type.contains(.integer), let number = Int(text) { return .int(number) }
        if schema.type.contains(.number), let number = Double(text), number.isFinite { return .float(number) }
        if schema.type.contains(.boolean), text == "true" || text == "false" { return .bool(text == "true") }
        return value
    }

    /// `value` with every stream inside it read into a list, so validation sees the elements.
    static func materialized(_ value: Value, _ read: (ValueStream) throws -> [Value]) throws -> Value {
        switch value {
        case .stream(let stream): return .list(try read(stream).map { try materialized($0, read) })
        case .list(let elements) where elements.contains(where: \.containsStream):
            return .list(try elements.map { try materialized($0, read) })
        case .map(var map) where map.values.contains(where: \.containsStream):
            for key in map.keys { map[key] = try map[key].map { try materialized($0, read) } }
            return .map(map)
        default: return value
        }
    }
}

extension Value {
    /// Whether a stream is anywhere inside.
    var containsStream: Bool {
        switch self {
        case .stream: true
        case .list(let elements): elements.contains(where: \.containsStream)
        case .map(let map): map.values.contains(where: \.containsStream)
        default: false
        }
    }
}
