/// `type`, `str`, `int` and `float`.
extension CoreBuiltins {
    static var conversions: [CommandSpec] {
        [
            .builtin(
                "type",
                summary: "The type of a value, as a string",
                discussion: """
                    One of null, bool, int, float, string, list, map, proc. A stream is a list.

                        type 1.5       # float
                    """,
                parameters: [anyValue]
            ) { call in
                .string(try call.required("value").typeName)
            },
            .builtin(
                "str",
                summary: "Convert a value to a string",
                discussion: """
                    The text `print` would show: strings unchanged, other values as literals.

                        str 2.0            # "2.0"
                        str [1, "a"]       # "[1, \\"a\\"]"
                    """,
                parameters: [anyValue]
            ) { call in
                let text = try call.context.materialize(call.required("value")).formatted()
                try call.context.checkSize(of: text)
                return .string(text)
            },
            .builtin(
                "int",
                summary: "Convert a value to an int",
                discussion: """
                    Floats are truncated toward zero; strings are parsed (surrounding whitespace is \
                    ignored, "3.7" gives 3); true and false give 1 and 0.

                        int "42"       # 42
                        int -2.5       # -2
                    """,
                parameters: [anyValue]
            ) { call in
                try toInt(call.required("value"), call)
            },
            .builtin(
                "float",
                summary: "Convert a value to a float",
                discussion: """
                    Ints are widened; strings are parsed ("1e3", " 2.5 "); true and false give 1.0 and 0.0.

                        float 3        # 3.0
                    """,
                parameters: [anyValue]
            ) { call in
                try toFloat(call.required("value"), call)
            },
        ]
    }

    private static var anyValue: ParameterSpec {
        ParameterSpec("value", required: true, type: "any", help: "the value (the pipeline input)")
    }

    private static func toInt(_ value: Value, _ call: Invocation) throws -> Value {
        switch value {
        case .int: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let number):
            guard let truncated = Int(exactly: number.rounded(.towardZero)) else {
                throw call.error("\(Value.formatFloat(number)) does not fit in an int")
            }
            return .int(truncated)
        case .string(let text):
            let trimmed = text.trimmingWhitespace
            if let number = Int(trimmed) { return .int(number) }
            if let number = Double(trimmed), number.isFinite { return try toInt(.float(number), call) }
            throw call.error("cannot convert \(value.formattedLiteral()) to an int")
        default:
            throw call.error("cannot convert \(value.typeWithArticle) to an int", hint: hintForNull(value, default: "0"))
        }
    }

    private static func toFloat(_ value: Value, _ call: Invocation) throws -> Value {
        switch value {
        case .float: return value
        case .int(let number): return .float(Double(number))
        case .bool(let flag): return .float(flag ? 1 : 0)
        case .string(let text):
            guard let number = Double(text.trimmingWhitespace) else {
                throw call.error("cannot convert \(value.formattedLiteral()) to a float")
            }
            return .float(number)
        default:
            throw call.error("cannot convert \(value.typeWithArticle) to a float", hint: hintForNull(value, default: "0.0"))
        }
    }

    private static func hintForNull(_ value: Value, default fallback: String) -> String? {
        value.isNull ? "give a default with ??, e.g. ($x ?? \(fallback))" : nil
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
