/// One way a value breaks a schema, named by where it is: `body.campaign_schedule.schedules[0].timezone`.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// What was broken, so callers can add advice for some cases (a timezone's accepted twin).
    public enum Kind: Sendable, Equatable {
        /// The value's type is not one the schema admits.
        case type
        /// The value is not one of the schema's `enum` values.
        case notAllowed
        /// A number out of `minimum`/`maximum`, or a length or count out of its bounds.
        case bounds
        /// A field the schema requires is absent.
        case missing
        /// A field the schema does not name, where it allows no others.
        case unknownField
        /// A string that does not have the schema's `format` or match its `pattern`.
        case format
        /// The value fits none, or more than one, of the schema's alternative forms.
        case alternatives
    }

    /// Where the violation is: the caller's name for the value, then `.field` and `[index]`.
    /// Empty when the caller gave no name and the value itself is at fault.
    public var path: String
    public var kind: Kind
    /// What is wrong and what is allowed: `500 is above the maximum 100`.
    public var message: String
    /// Allowed values the validator guessed were meant, when there are too many to list:
    /// `the closest: "America/Dawson", …`. A service's own advice replaces it (see
    /// ``ServiceBinding/hint(for:in:for:)``).
    public var suggestion: String?

    public init(path: String, kind: Kind, message: String, suggestion: String? = nil) {
        self.path = path
        self.kind = kind
        self.message = message
        self.suggestion = suggestion
    }

    /// `path: message; suggestion`.
    public var description: String {
        let full = message + (suggestion.map { "; \($0)" } ?? "")
        return path.isEmpty ? full : "\(path): \(full)"
    }
}
