import Foundation

/// The JSON Schema subset the official spec's request schemas use, compiled once from the spec's JSON
/// text: types, properties, required, additionalProperties, items, enum/const, formats, patterns,
/// numeric/length/count bounds, anyOf/oneOf/allOf. ``validate(_:at:)`` answers the first violation in
/// the words Fastify's AJV uses (`must be <= 100`, `must NOT have additional properties`).
final class JSONSchema: Sendable {
    let types: [String]
    let properties: [(name: String, schema: JSONSchema)]
    let propertyIndex: [String: JSONSchema]
    let required: [String]
    /// `false` forbids unknown properties; a schema validates them.
    let additionalAllowed: Bool
    let additionalSchema: JSONSchema?
    let items: JSONSchema?
    let allowed: [JSON]?
    let constant: JSON?
    let format: String?
    let pattern: (text: String, regex: Pattern)?
    let minimum: Double?, maximum: Double?, exclusiveMinimum: Double?, exclusiveMaximum: Double?
    let minLength: Int?, maxLength: Int?, minItems: Int?, maxItems: Int?, minProperties: Int?, maxProperties: Int?
    let anyOf: [JSONSchema], oneOf: [JSONSchema], allOf: [JSONSchema]

    /// A compiled regular expression (NSRegularExpression is immutable once made).
    struct Pattern: @unchecked Sendable {
        let expression: NSRegularExpression
    }

    /// Compiles a schema object; anything that is not an object is the empty schema (accepts all).
    init(_ json: JSON) {
        let object = json.objectValue ?? JSONObject()
        types = object["type"].map { $0.arrayValue?.compactMap(\.stringValue) ?? [$0.stringValue].compactMap { $0 } } ?? []
        properties = (object["properties"]?.objectValue).map { $0.map { (name: $0.key, schema: JSONSchema($0.value)) } } ?? []
        propertyIndex = Dictionary(properties.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        required = object["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        switch object["additionalProperties"] {
        case .bool(let allowed)?: additionalAllowed = allowed; additionalSchema = nil
        case .object(let schema)?: additionalAllowed = true; additionalSchema = JSONSchema(.object(schema))
        default: additionalAllowed = true; additionalSchema = nil
        }
        items = object["items"].map(JSONSchema.init)
        allowed = object["enum"]?.arrayValue
        constant = object["const"]
        format = object["format"]?.stringValue
        pattern = object["pattern"]?.stringValue.flatMap { text in
            (try? NSRegularExpression(pattern: text)).map { (text, Pattern(expression: $0)) }
        }
        minimum = object["minimum"]?.doubleValue
        maximum = object["maximum"]?.doubleValue
        exclusiveMinimum = object["exclusiveMinimum"]?.doubleValue
        exclusiveMaximum = object["exclusiveMaximum"]?.doubleValue
        minLength = object["minLength"]?.intValue
        maxLength = object["maxLength"]?.intValue
        minItems = object["minItems"]?.intValue
        maxItems = object["maxItems"]?.intValue
        minProperties = object["minProperties"]?.intValue
        maxProperties = object["maxProperties"]?.intValue
        anyOf = object["anyOf"]?.arrayValue?.map(JSONSchema.init) ?? []
        oneOf = object["oneOf"]?.arrayValue?.map(JSONSchema.init) ?? []
        allOf = object["allOf"]?.arrayValue?.map(JSONSchema.init) ?? []
    }

    /// Compiles schema JSON text (from the generated spec table); `nil` for `nil` or unreadable text.
    convenience init?(text: String?) {
        guard let text, let json = JSON(parsing: Array(text.utf8)) else { return nil }
        self.init(json)
    }
}
