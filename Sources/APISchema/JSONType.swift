import InstLanguage

/// The JSON types a schema admits, as a set: `.string`, or `[.string, .null]` for a nullable
/// string (JSON Schema's `type: ['string', 'null']`). The empty set admits any JSON value.
public struct JSONType: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let null = JSONType(rawValue: 1 << 0)
    public static let boolean = JSONType(rawValue: 1 << 1)
    /// A whole number: an `int`, or a `float` with no fractional part.
    public static let integer = JSONType(rawValue: 1 << 2)
    /// Any number, whole or not.
    public static let number = JSONType(rawValue: 1 << 3)
    public static let string = JSONType(rawValue: 1 << 4)
    /// A list.
    public static let array = JSONType(rawValue: 1 << 5)
    /// A map.
    public static let object = JSONType(rawValue: 1 << 6)

    /// Each member with the word the language uses for it, in the order messages list them.
    static let words: [(type: JSONType, word: String)] = [
        (.string, "string"), (.integer, "int"), (.number, "number"), (.boolean, "bool"),
        (.array, "list"), (.object, "map"), (.null, "null"),
    ]

    /// Whether a value of this type set can be sent as `value`. A procedure is never JSON.
    public func admits(_ value: Value) -> Bool {
        let needed: JSONType
        switch value {
        case .null: needed = .null
        case .bool: needed = .boolean
        case .int: needed = [.integer, .number]
        case .float(let number): needed = number.rounded() == number && number.isFinite ? [.integer, .number] : .number
        case .string: needed = .string
        case .list, .stream: needed = .array
        case .map: needed = .object
        case .callable: return false
        }
        return isEmpty || !isDisjoint(with: needed)
    }

    /// The members in the language's words: `string or null`, `int`, `list or map`.
    public var phrase: String {
        let names = Self.words.filter { contains($0.type) }.map(\.word)
        return names.isEmpty ? "any value" : names.joined(separator: " or ")
    }
}
