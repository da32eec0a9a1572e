/// One call of a core built-in: the command's name, its bound arguments and the context.
///
/// Built-ins read their arguments through the typed accessors in `Invocation+Coercion.swift`,
/// so every type error reads the same: `join: \`separator\` must be a string, not an int`.
struct Invocation {
    let command: String
    let arguments: Arguments
    let context: CommandContext

    /// A runtime error prefixed with the command's name.
    func error(_ message: String, hint: String? = nil) -> ScriptError {
        ScriptError.runtime("\(command): \(message)", hint: hint)
    }
}

extension CommandSpec {
    /// A core built-in whose implementation receives an ``Invocation``.
    static func builtin(
        _ name: String,
        summary: String,
        discussion: String,
        parameters: [ParameterSpec] = [],
        effect: Effect = .pure,
        run: @escaping (Invocation) throws -> Value
    ) -> CommandSpec {
        CommandSpec(name, summary: summary, discussion: discussion, parameters: parameters, effect: effect) {
            arguments, context in
            try run(Invocation(command: name, arguments: arguments, context: context))
        }
    }
}

extension ParameterSpec {
    /// The first positional parameter of a list command: what a pipeline feeds it.
    static func list(_ help: String = "the list, stream or map to read (the pipeline input)") -> ParameterSpec {
        ParameterSpec("list", required: true, type: "list", help: help)
    }

    /// A field name or block that picks the value to use from each row.
    static func key(_ name: String = "field", required: Bool = false, help: String) -> ParameterSpec {
        ParameterSpec(name, required: required, type: "field|block", help: help)
    }
}
