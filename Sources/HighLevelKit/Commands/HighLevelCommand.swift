import APISchema
import InstLanguage

/// The command for one GoHighLevel operation: the generic one, with three adjustments.
///
/// - A body with exactly one required field takes it as the positional after the path ids:
///   `ghl.contacts.add_tags CONTACT_ID TAGS`, `ghl.contacts.create_note CONTACT_ID BODY`.
/// - Fields the API spells in camelCase may be given in snake_case (`first_name=` for
///   `firstName`); anything else unknown is refused before sending.
/// - `ghl.contacts.search` streams its contacts (``HighLevelSearch``).
enum HighLevelCommand {
    static func make(_ binding: OperationBinding, client: APIClient) -> CommandSpec {
        var spec = binding.command(client: client)
        let operation = binding.operation
        if let required = operation.body?.schema.required, required.count == 1,
           let index = spec.parameters.firstIndex(where: { $0.name == required[0] && $0.kind == .named }) {
            spec.parameters[index].kind = .positional
        }
        if operation.name == HighLevelLaws.searchOperation {
            spec.run = { arguments, context in try search(arguments, context: context, binding: binding, client: client) }
        }
        if spec.parameters.contains(where: { $0.name != snakeCase($0.name) }) {
            let run = spec.run
            spec.acceptsExtraNamed = true
            spec.run = { arguments, context in try run(resolvingSnakeCase(arguments, for: operation), context) }
        }
        return spec
    }

    private static func search(
        _ arguments: Arguments, context: CommandContext, binding: OperationBinding, client: APIClient
    ) throws -> Value {
        var call = try binding.bind(arguments) { stream in
            var cursor = stream.makeCursor()
            var elements: [Value] = []
            while let element = try cursor.next() {
                elements.append(element)
                try context.checkCount(elements.count)
            }
            return elements
        }
        for warning in try binding.service.review(&call, for: binding.operation) {
            context.emit(.warn("\(binding.operation.name): \(warning)"))
        }
        return .stream(try HighLevelSearch.stream(call, binding: binding, client: client) { try context.checkInterrupts() })
    }

    /// `arguments` with each `snake_name=` given moved to the parameter it spells (`snakeName`).
    /// Throws `invalid_argument` for a name no parameter has, or one given twice.
    static func resolvingSnakeCase(_ arguments: Arguments, for operation: APIOperation) throws -> Arguments {
        var values = arguments.values
        for (name, value) in arguments.extra.entries {
            let spelt = camelCase(name)
            guard let index = arguments.parameters.firstIndex(where: { $0.name == spelt }) else {
                let names = arguments.parameters.map(\.name)
                let guess = Suggestions.closest(to: spelt, in: names).map { "did you mean \($0)? " } ?? ""
                throw refusal(name, "not a field of \(operation.name); \(guess)`help \(operation.name)` lists them", operation)
            }
            guard values[index] == nil else {
                throw refusal(name, "given twice (as \(name) and \(spelt))", operation)
            }
            values[index] = value
        }
        return Arguments(parameters: arguments.parameters, values: values)
    }

    private static func refusal(_ field: String, _ message: String, _ operation: APIOperation) -> ScriptError {
        var error = APIError.invalidArgument(field, message)
        error.method = operation.method.rawValue
        error.path = operation.path.rawValue
        return error.scriptError
    }

    /// `first_name` → `firstName`.
    static func camelCase(_ name: String) -> String {
        let words = name.split(separator: "_", omittingEmptySubsequences: true)
        guard let first = words.first else { return name }
        return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `firstName` → `first_name`.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty { result += "_" }
            result += character.lowercased()
        }
        return result
    }
}
