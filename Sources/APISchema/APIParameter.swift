/// A path or query parameter of an API operation: `limit` (integer, 1–100), `{id}` (uuid).
public struct APIParameter: Sendable {
    public let name: String
    public let isRequired: Bool
    public let description: String
    /// Its type, bounds and allowed values; a list type for repeatable query parameters.
    public let schema: JSONSchema

    public init(_ name: String, required: Bool = false, description: String = "", schema: JSONSchema) {
        self.name = name
        self.isRequired = required
        self.description = description
        self.schema = schema
    }

    /// Whether it may be given several times (`?ids=a&ids=b`).
    public var isList: Bool {
        schema.type.contains(.array)
    }
}

/// The JSON body an API operation takes.
public struct APIRequestBody: Sendable {
    /// Whether the spec requires a body at all (its fields' own requirements are in the schema).
    public let isRequired: Bool
    public let schema: JSONSchema

    public init(required: Bool = false, schema: JSONSchema) {
        self.isRequired = required
        self.schema = schema
    }
}
