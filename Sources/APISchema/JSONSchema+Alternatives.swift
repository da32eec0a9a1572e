import InstLanguage

extension JSONSchema {
    /// `anyOf`: at least one form must fit; `oneOf`: exactly one. When none fits, the message is
    /// about the forms that admit the value's type, if any do (their violations, from the form
    /// with the fewest), else about the types all forms admit together.
    func checkAlternatives(_ value: Value, at path: String, into violations: inout [SchemaViolation]) {
        for (forms, exactlyOne) in [(anyOf, false), (oneOf, true)] where !forms.isEmpty {
            let results = forms.map { $0.validate(value, at: path) }
            let fitting = results.count { $0.isEmpty }
            if fitting == 0 {
                violations += Self.closestMiss(value, forms: forms, results: results, at: path)
            } else if exactlyOne, fitting > 1 {
                violations.append(SchemaViolation(
                    path: path, kind: .alternatives,
                    message: "fits \(fitting) of the \(forms.count) allowed forms; exactly one is allowed"))
            }
        }
    }

    private static func closestMiss(
        _ value: Value, forms: [JSONSchema], results: [[SchemaViolation]], at path: String
    ) -> [SchemaViolation] {
        let typed = zip(forms, results).filter { $0.0.type.admits(value) }.map(\.1)
        if let fewest = typed.min(by: { $0.count < $1.count }) { return fewest }
        let types = forms.reduce(into: JSONType()) { $0.formUnion($1.type) }
        return [SchemaViolation(
            path: path, kind: .alternatives, message: "expected \(types.phrase), got \(value.typeName)")]
    }
}
