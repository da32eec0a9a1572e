import InstLanguage

/// The subset of JSON Schema (2020-12) that API specs use for requests, as the catalogs hold it.
///
/// Only what validation and help need is kept: types (a set, so nullability is `[.string, .null]`),
/// `enum`, bounds, `format`, `pattern`, `items`, `properties`/`required`/`additionalProperties`,
/// `anyOf`/`oneOf`, and the description and default for help. Examples and titles are dropped.
/// A class so that schemas can nest; every property is a constant, so it is `Sendable`.
///
///     JSONSchema(type: .object, properties: ["limit": JSONSchema(type: .integer, minimum: 1, maximum: 100)],
///                additionalProperties: .forbidden)
public final class JSONSchema: Sendable {
    /// What a map may hold besides ``properties``.
    public enum AdditionalProperties: Sendable {
        /// Any other field (JSON Schema's default).
        case allowed
        /// No other field: an unknown one is a violation.
        case forbidden
        /// Other fields, each conforming to this schema.
        case schema(JSONSchema)
    }

    /// The admitted types; empty admits any.
    public let type: JSONType
    public let description: String?
    /// A named string format: `uuid`, `email`, `date`, `date-time`, `uri`.
    public let format: String?
    /// The only values allowed, if the schema lists them.
    public let enumValues: [Value]?
    public let defaultValue: Value?
    public let minimum: Double?
    public let maximum: Double?
    /// Bounds on a string's length, in Unicode scalars.
    public let minLength: Int?
    public let maxLength: Int?
    /// A regular expression a string must contain a match of (anchor it to match the whole).
    public let pattern: String?
    /// The schema of each element of a list.
    public let items: JSONSchema?
    public let minItems: Int?
    public let maxItems: Int?
    /// The named fields of a map, in the spec's order.
    public let properties: [(name: String, schema: JSONSchema)]
    public let required: [String]
    public let additionalProperties: AdditionalProperties
    public let minProperties: Int?
    /// Forms of which the value must match at least one.
    public let anyOf: [JSONSchema]
    /// Forms of which the value must match exactly one.
    public let oneOf: [JSONSchema]

    public init(
        type: JSONType = [],
        description: String? = nil,
        format: String? = nil,
        enumValues: [Value]? = nil,
        defaultValue: Value? = nil,
        minimum: Double? = nil,
        maximum: Double? = nil,
        minLength: Int? = nil,
        maxLength: Int? = nil,
        pattern: String? = nil,
        items: JSONSchema? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        properties: KeyValuePairs<String, JSONSchema> = [:],
        required: [String] = [],
        additionalProperties: AdditionalProperties = .allowed,
        minProperties: Int? = nil,
        anyOf: [JSONSchema] = [],
        oneOf: [JSONSchema] = []
    ) {
        self.type = type
        self.description = description
        self.format = format
        self.enumValues = enumValues
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.items = items
        self.minItems = minItems
        self.maxItems = maxItems
        self.properties = properties.map { (name: $0.key, schema: $0.value) }
        self.required = required
        self.additionalProperties = additionalProperties
        self.minProperties = minProperties
        self.anyOf = anyOf
        self.oneOf = oneOf
    }

    /// The schema of the field `name`, if the schema names it.
    public func property(_ name: String) -> JSONSchema? {
        properties.first { $0.name == name }?.schema
    }
}
