/// `join`, `split`, `lower`, `upper`, `trim` and `replace`.
extension CoreBuiltins {
    static var strings: [CommandSpec] {
        [
            .builtin(
                "join",
                summary: "Join a list's elements into one string",
                discussion: """
                    Strings are used as they are, other values as literals. The separator defaults to "".

                        ["a", "b", 3] | join ", "    # a, b, 3
                    """,
                parameters: [.list(), ParameterSpec("separator", type: "string", help: "put between elements (default \"\")")]
            ) { call in
                let separator = try call.string("separator") ?? ""
                var reader = try call.sequence("list")
                var text = ""
                var first = true
                try call.context.forEach(&reader) { element in
                    if !first { text += separator }
                    first = false
                    text += try call.context.materialize(element).formatted()
                    try call.context.checkSize(of: text)
                    return true
                }
                return .string(text)
            },
            .builtin(
                "split",
                summary: "Split a string into a list of strings",
                discussion: """
                    Without a separator, splits on runs of whitespace and drops empty pieces. With one, \
                    splits at every occurrence and keeps empty pieces; "" splits into characters.

                        split "a b  c"          # ["a", "b", "c"]
                        split "a,,b" ","        # ["a", "", "b"]
                    """,
                parameters: [
                    ParameterSpec("string", required: true, type: "string", help: "the text to split (the pipeline input)"),
                    ParameterSpec("separator", type: "string", help: "where to split (default: whitespace)"),
                ]
            ) { call in
                let string = try call.requiredString("string")
                let pieces: [Substring]
                switch try call.string("separator") {
                case nil: pieces = string.split(whereSeparator: \.isWhitespace)
                case ""?: pieces = string.map { Substring(String($0)) }
                case let separator?: pieces = string.split(separator: separator, omittingEmptySubsequences: false)
                }
                try call.context.checkCount(pieces.count)
                return .list(pieces.map { .string(String($0)) })
            },
            transform("lower", summary: "Lowercase a string", example: #"lower "Ada"        # ada"#) { $0.lowercased() },
            transform("upper", summary: "Uppercase a string", example: #"upper "ada"        # ADA"#) { $0.uppercased() },
            transform("trim", summary: "Remove whitespace at both ends of a string", example: #"trim "  hi \n"     # hi"#) {
                $0.trimmingWhitespace
            },
            .builtin(
                "replace",
                summary: "Replace every occurrence of a substring",
                discussion: """
                    Every occurrence of `old` is replaced, left to right; the match is case-sensitive.

                        replace "a-b-c" "-" "+"     # a+b+c
                    """,
                parameters: [
                    ParameterSpec("string", required: true, type: "string", help: "the text to change (the pipeline input)"),
                    ParameterSpec("old", required: true, type: "string", help: "the text to find (not empty)"),
                    ParameterSpec("new", required: true, type: "string", help: "what to put instead"),
                ]
            ) { call in
                let old = try call.requiredString("old")
                guard !old.isEmpty else { throw call.error("`old` must not be empty") }
                let result = try call.requiredString("string").replacing(old, with: try call.requiredString("new"))
                try call.context.checkSize(of: result)
                return .string(result)
            },
        ]
    }

    /// A command that maps one string to another.
    private static func transform(
        _ name: String, summary: String, example: String, _ body: @escaping (String) -> String
    ) -> CommandSpec {
        .builtin(
            name,
            summary: summary,
            discussion: "    \(example)",
            parameters: [ParameterSpec("string", required: true, type: "string", help: "the text (the pipeline input)")]
        ) { call in
            let result = body(try call.requiredString("string"))
            try call.context.checkSize(of: result)
            return .string(result)
        }
    }
}
