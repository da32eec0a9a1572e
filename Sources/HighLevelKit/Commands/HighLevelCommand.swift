import APISchema
import InstLanguage

/// The command for one GoHighLevel operation: the generic one, with three adjustments.
///
/// - A body with exactly one required field takes it as the positional after the path ids:
///   `ghl.contacts.add_tags CONTACT_ID TAGS`, `ghl.contacts.create_note CONTACT_ID BODY`.
/// - Fields the API spells in camelCase may also be given in snake_case (`first_name=` for
///   `firstName`, a parameter alias); any other name is refused when the script is checked.
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
        for index in spec.parameters.indices where spec.parameters[index].kind != .rest {
            let snake = snakeCase(spec.parameters[index].name)
            if snake != spec.parameters[index].name { spec.parameters[index].aliases = [snake] }
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
