/// Turns a host's string (`--var name=value`) into the type of the parameter's default.
enum ParameterCoercion {
    /// bool: true/false/yes/no/1/0; int; float; list or map: JSON; string or no default: the text.
    static func coerce(_ text: String, like example: Value?, name: String) throws(ScriptError) -> Value {
        switch example {
        case .bool?:
            switch text.lowercased() {
            case "true", "yes", "1": return .bool(true)
            case "false", "no", "0": return .bool(false)
            default: throw invalid(text, name: name, expected: "true or false")
            }
        case .int?:
            guard let number = Int(text) else { throw invalid(text, name: name, expected: "an int") }
            return .int(number)
        case .float?:
            guard let number = Double(text) else { throw invalid(text, name: name, expected: "a number") }
            return .float(number)
        case .list?, .map?, .stream?:
            let parsed: Value
            do {
                parsed = try JSONParser.parse(text)
            } catch {
                throw invalid(text, name: name, expected: "JSON (\(error.message))")
            }
            return parsed
        case .null?, .string?, .callable?, nil:
            return .string(text)
        }
    }

    private static func invalid(_ text: String, name: String, expected: String) -> ScriptError {
        .runtime("--var \(name)=\(text): expected \(expected)")
    }
}
