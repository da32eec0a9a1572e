import InstLanguage

/// Values for a script's `param`s, given on the command line as `--var NAME=VALUE`.
public struct ScriptVariables: Sendable, Equatable {
    /// Name to the value as typed; the interpreter converts it by the param's default.
    public private(set) var values: [String: String] = [:]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// Parses `NAME=VALUE` assignments; the value may itself contain `=`; a later one wins.
    public init(assignments: [String]) throws(HostError) {
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="),
                  case let name = String(assignment[..<equals]), Self.isName(name)
            else {
                throw .badVariable(assignment)
            }
            values[name] = String(assignment[assignment.index(after: equals)...])
        }
    }

    /// Throws unless every name is a `param` the program declares.
    public func validate(against declared: [String]) throws(HostError) {
        for name in values.keys.sorted() where !declared.contains(name) {
            throw .unknownVariable(name, declared: declared)
        }
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII else {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
