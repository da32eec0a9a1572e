extension HeaderFields: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Header names whose values are credentials and are shown as `<redacted>`.
    public static let sensitiveNames = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key"]

    /// Whether `name` carries a credential.
    public static func isSensitive(_ name: String) -> Bool {
        sensitiveNames.contains { namesMatch($0, name) }
    }

    /// The fields with every credential's value replaced by `<redacted>`; for logs and errors.
    public var redacted: HeaderFields {
        HeaderFields(map { Self.isSensitive($0.name) ? Field(name: $0.name, value: Secret.redacted) : $0 })
    }

    /// `[Accept: application/json, Authorization: <redacted>]`.
    public var description: String {
        "[" + redacted.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "]"
    }

    public var debugDescription: String { description }

    /// Reflection (`dump`, the default description of a type holding headers) sees only the
    /// redacted fields.
    public var customMirror: Mirror {
        Mirror(self, unlabeledChildren: redacted.map { "\($0.name): \($0.value)" }, displayStyle: .collection)
    }
}
