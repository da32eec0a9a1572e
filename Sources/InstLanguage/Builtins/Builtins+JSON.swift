/// `json.parse` and `json.format`.
extension CoreBuiltins {
    static var json: [CommandSpec] {
        [
            .builtin(
                "json.parse",
                summary: "Read a JSON text into a value",
                discussion: """
                    Objects become maps (key order kept), arrays lists; integers that fit become ints, \
                    other numbers floats. Invalid JSON is an error naming the line, column and byte.

                        json.parse '{"id": 7, "tags": ["a"]}'     # {id: 7, tags: ["a"]}
                    """,
                parameters: [ParameterSpec("text", required: true, type: "string", help: "the JSON text (the pipeline input)")]
            ) { call in
                do {
                    return try JSONParser.parse(call.requiredString("text"), options: JSONParser.Options(limits: call.context.limits))
                } catch let error as JSONError {
                    switch error.reason {
                    case .syntax, .depth: throw call.error(error.description)
                    case .stringSize: throw ScriptError.limit(.stringSize, "json.parse: \(error.description)")
                    case .collectionSize: throw ScriptError.limit(.listSize, "json.parse: \(error.description)")
                    }
                }
            },
            .builtin(
                "json.format",
                summary: "Write a value as JSON text",
                discussion: """
                    Compact by default; `--pretty` indents by two spaces. Map keys keep their order; \
                    control characters in strings are escaped. Procs, infinities and NaN cannot be written.

                        json.format {id: 7, tags: ["a"]}     # {"id":7,"tags":["a"]}
                        $campaign | json.format --pretty
                    """,
                parameters: [
                    ParameterSpec("value", required: true, type: "any", help: "the value to write (the pipeline input)"),
                    ParameterSpec("pretty", .flag, type: "bool", help: "indent with two spaces, one member per line"),
                ]
            ) { call in
                let value = try call.context.materialize(call.required("value"))
                let text: String
                do {
                    text = try JSONPrinter.format(value, pretty: call.flag("pretty"))
                } catch let error as ScriptError {
                    throw call.error(error.message, hint: error.hint)
                }
                try call.context.checkSize(of: text)
                return .string(text)
            },
        ]
    }
}
