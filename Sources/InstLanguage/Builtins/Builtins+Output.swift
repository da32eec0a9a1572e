/// `print`, `warn`, `table` and `fail`.
extension CoreBuiltins {
    static var output: [CommandSpec] {
        [
            line("print", summary: "Print values on one line", stream: "standard output",
                 example: #"print "sent:" $n    # sent: 12"#, event: OutputEvent.print),
            line("warn", summary: "Print values on one line to standard error", stream: "standard error",
                 example: #"warn "0 clicks on $n sends""#, event: OutputEvent.warn),
            .builtin(
                "table",
                summary: "Show rows as a table",
                discussion: """
                    Renders a list of maps as aligned columns: one column per key, in the order keys \
                    are first seen. A list of other values shows one `value` column; a single map shows \
                    `key` and `value` columns. Returns null.

                        $campaigns | select name sent | table
                    """,
                parameters: [ParameterSpec("rows", required: true, type: "list", help: "the rows to show (the pipeline input)")],
                effect: .output
            ) { call in
                call.context.emit(.table(try call.context.materialize(call.required("rows"))))
                return .null
            },
            .builtin(
                "fail",
                summary: "Raise an error that `try … catch` can handle",
                discussion: """
                    A string becomes the error's message; a map must have a `message` and is what \
                    `catch err` binds as `$err`, so it can carry more fields.

                        fail "no campaign named '$name'"
                        fail {message: "quota reached", code: "quota", retryable: true}
                    """,
                parameters: [ParameterSpec("error", required: true, type: "string|map", help: "the message, or a map with `message`")]
            ) { call in
                throw try failure(call.required("error"), call)
            },
        ]
    }

    /// `print` and `warn`: the values joined by spaces, strings as they are.
    private static func line(
        _ name: String, summary: String, stream: String, example: String, event: @escaping (String) -> OutputEvent
    ) -> CommandSpec {
        .builtin(
            name,
            summary: summary,
            discussion: """
                Writes its arguments to \(stream), separated by spaces. Strings appear as they are; \
                other values as literals (`[1, "a"]`, `{name: "x"}`). Returns null.

                    \(example)
                """,
            parameters: [ParameterSpec("values", .rest, type: "any", help: "what to print")],
            effect: .output
        ) { call in
            let parts = try call.rest("values").map { try call.context.materialize($0).formatted() }
            let text = parts.joined(separator: " ")
            try call.context.checkSize(of: text)
            call.context.emit(event(text))
            return .null
        }
    }

    /// The error `fail` raises for `value`.
    private static func failure(_ value: Value, _ call: Invocation) throws -> ScriptError {
        switch value {
        case .string(let message):
            return .failure(message, payload: ["message": .string(message)])
        case .map(let map):
            guard let message = map["message"] else {
                throw call.error("the error map needs a `message`", hint: #"fail {message: "what went wrong", …}"#)
            }
            return .failure(message.formatted(), payload: value)
        default:
            let message = try call.context.materialize(value).formatted()
            return .failure(message, payload: ["message": .string(message)])
        }
    }
}
