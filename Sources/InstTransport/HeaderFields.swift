/// HTTP header fields: ordered, repeatable, with names compared case-insensitively.
///
///     var headers: HeaderFields = ["Content-Type": "application/json"]
///     headers["content-type"]          // "application/json"
///     headers.append("a", for: "X-Tag")
///     headers.append("b", for: "x-tag")
///     headers.values(for: "X-TAG")     // ["a", "b"]
public struct HeaderFields: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header line; `name` keeps the spelling it was given.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }

        /// Fields are equal when their names match ignoring ASCII case and their values match exactly.
        public static func == (lhs: Field, rhs: Field) -> Bool {
            lhs.value == rhs.value && HeaderFields.namesMatch(lhs.name, rhs.name)
        }
    }

    private var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    public var isEmpty: Bool { fields.isEmpty }

    /// The number of fields, counting each repetition of a name.
    public var count: Int { fields.count }

    /// The first value for `name`. Setting replaces every field of that name (at the first one's
    /// position); setting `nil` removes them.
    public subscript(name: String) -> String? {
        get { fields.first { Self.namesMatch($0.name, name) }?.value }
        set {
            guard let newValue else { return remove(name) }
            if let position = fields.firstIndex(where: { Self.namesMatch($0.name, name) }) {
                fields[position].value = newValue
                fields[(position + 1)...].removeAll { Self.namesMatch($0.name, name) }
            } else {
                fields.append(Field(name: name, value: newValue))
            }
        }
    }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    public func contains(_ name: String) -> Bool {
        fields.contains { Self.namesMatch($0.name, name) }
    }

    /// Adds a field, keeping any existing ones of the same name.
    public mutating func append(_ value: String, for name: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.namesMatch($0.name, name) }
    }

    public func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }

    /// Header names are ASCII tokens; compare them byte by byte, folding `A-Z` to `a-z`.
    public static func namesMatch(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.elementsEqual(rhs.utf8) { asciiLowercase($0) == asciiLowercase($1) }
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
