/// Typed access to a built-in's arguments. Optional accessors return `nil` when the argument
/// was not given; a value of the wrong type (including `null`) is an error naming the parameter.
extension Invocation {
    /// The argument as given, or `nil`.
    func value(_ name: String) -> Value? {
        arguments[name]
    }

    /// The argument; the interpreter enforces required parameters, this guards direct calls.
    func required(_ name: String) throws -> Value {
        guard let value = arguments[name] else { throw error("missing `\(name)`") }
        return value
    }

    func string(_ name: String) throws -> String? {
        guard let value = value(name) else { return nil }
        guard case .string(let string) = value else { throw typeError(name, expected: "a string", got: value) }
        return string
    }

    func requiredString(_ name: String) throws -> String {
        guard let string = try string(name) else { throw error("missing `\(name)`") }
        return string
    }

    /// An int, or a float with an integral value.
    func int(_ name: String) throws -> Int? {
        guard let value = value(name) else { return nil }
        switch value {
        case .int(let number): return number
        case .float(let number):
            if let exact = Int(exactly: number) { return exact }
        default: break
        }
        throw typeError(name, expected: "an int", got: value)
    }

    func callable(_ name: String) throws -> Callable {
        let value = try required(name)
        guard case .callable(let callable) = value else {
            throw typeError(name, expected: "a block", got: value, hint: "write a block in braces: \(command) { $it … }")
        }
        return callable
    }

    /// Whether `--name` (or `name=true`) was given.
    func flag(_ name: String) -> Bool {
        arguments.flag(name)
    }

    /// The values a `rest` parameter collected.
    func rest(_ name: String) -> [Value] {
        if case .list(let values)? = value(name) { return values }
        return value(name).map { [$0] } ?? []
    }

    /// A reader over a list, stream or map argument.
    func sequence(_ name: String) throws -> SequenceReader {
        let value = try required(name)
        guard let reader = SequenceReader(value) else {
            throw typeError(name, expected: "a list", got: value)
        }
        return reader
    }

    /// Every element of a list, stream or map argument, within the run's limits.
    func elements(_ name: String) throws -> [Value] {
        if case .list(let elements)? = value(name) { return elements }
        var reader = try sequence(name)
        return try context.collect(&reader)
    }

    /// A field name or block argument, or `nil` when not given.
    func rowKey(_ name: String) throws -> RowKey? {
        switch value(name) {
        case nil: return nil
        case .string(let field)?: return .field(field)
        case .callable(let block)?: return .block(block)
        case let other?: throw typeError(name, expected: "a field name or a block", got: other)
        }
    }

    /// `sort-by: \`field\` must be a string, not an int`.
    func typeError(_ name: String, expected: String, got value: Value, hint: String? = nil) -> ScriptError {
        error("`\(name)` must be \(expected), not \(value.typeWithArticle)", hint: hint)
    }
}

extension Value {
    /// The type with its article, for error messages: `an int`, `a map`, `null`.
    var typeWithArticle: String {
        switch self {
        case .null: "null"
        case .int: "an int"
        default: "a \(typeName)"
        }
    }
}
