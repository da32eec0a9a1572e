/// Reads JSON (RFC 8259) into values.
///
///     try JSONParser.parse(#"{"id": 7, "tags": ["a"], "score": 0.5}"#)
///     // {id: 7, tags: ["a"], score: 0.5}
///
/// Integers that fit in `Int` become `.int`, every other number `.float`. Objects keep their key
/// order (a repeated key keeps its first position and its last value). Strings decode every
/// escape, including `\u` surrogate pairs; a lone surrogate becomes U+FFFD, as do invalid
/// UTF-8 bytes. A leading byte-order mark is skipped. Errors name the problem and its
/// position; nesting beyond ``Options/maxDepth`` is an error, never a stack overflow.
public enum JSONParser {
    /// Caps applied while parsing.
    public struct Options: Sendable {
        /// Arrays and objects nested deeper than this are an error. RFC 8259 allows a limit.
        public var maxDepth: Int
        /// Longest string, in UTF-8 bytes.
        public var maxStringBytes: Int
        /// Most elements in one array or members in one object.
        public var maxCollectionCount: Int

        public init(maxDepth: Int = 512, maxStringBytes: Int = .max, maxCollectionCount: Int = .max) {
            self.maxDepth = maxDepth
            self.maxStringBytes = maxStringBytes
            self.maxCollectionCount = maxCollectionCount
        }

        /// The caps of a run: its string and collection limits, depth 512.
        public init(limits: ExecutionLimits) {
            self.init(maxStringBytes: limits.maxStringBytes, maxCollectionCount: limits.maxCollectionCount)
        }
    }

    /// Parses one JSON text.
    public static func parse(_ text: String, options: Options = Options()) throws(JSONError) -> Value {
        var text = text
        let result = text.withUTF8 { parse(buffer: $0, options: options) }
        return try result.get()
    }

    /// Parses one JSON text given as UTF-8 bytes (an HTTP body).
    public static func parse(_ bytes: [UInt8], options: Options = Options()) throws(JSONError) -> Value {
        let result = bytes.withUnsafeBufferPointer { parse(buffer: $0, options: options) }
        return try result.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, options: Options) -> Result<Value, JSONError> {
        var scanner = JSONScanner(bytes: buffer, options: options)
        return Result { () throws(JSONError) -> Value in try scanner.parseDocument() }
    }
}

/// The recursive-descent reader behind ``JSONParser``; strings and numbers are in `JSONScanner+Scalars.swift`.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParser.Options
    var position = 0
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, options: JSONParser.Options) {
        self.bytes = bytes
        self.options = options
    }

    mutating func parseDocument() throws(JSONError) -> Value {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw error("unexpected \(describeByte()) after the JSON value")
        }
        return value
    }

    private mutating func parseValue() throws(JSONError) -> Value {
        guard let byte = peek() else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeByte()), expected a value")
        }
    }

    private mutating func parseArray() throws(JSONError) -> Value {
        try enterContainer()
        var elements: [Value] = []
        if try skipToClosing(UInt8(ascii: "]")) {
            depth -= 1
            return .list(elements)
        }
        while true {
            elements.append(try parseValue())
            if elements.count > options.maxCollectionCount {
                throw error(.collectionSize, "array of more than \(options.maxCollectionCount) elements")
            }
            if try parseSeparator(closing: UInt8(ascii: "]"), after: "an array element") { break }
        }
        depth -= 1
        return .list(elements)
    }

    private mutating func parseObject() throws(JSONError) -> Value {
        try enterContainer()
        var members = ValueMap()
        if try skipToClosing(UInt8(ascii: "}")) {
            depth -= 1
            return .map(members)
        }
        while true {
            guard peek() == UInt8(ascii: "\"") else {
                throw error("expected a string key in an object, found \(describeByte())")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("expected ':' after an object key, found \(describeByte())")
            }
            position += 1
            skipWhitespace()
            members[key] = try parseValue()
            if members.count > options.maxCollectionCount {
                throw error(.collectionSize, "object of more than \(options.maxCollectionCount) members")
            }
            if try parseSeparator(closing: UInt8(ascii: "}"), after: "an object member") { break }
        }
        depth -= 1
        return .map(members)
    }

    /// Consumes `[` or `{` and checks the depth.
    private mutating func enterContainer() throws(JSONError) {
        depth += 1
        if depth > options.maxDepth {
            throw error(.depth, "arrays and objects nested deeper than \(options.maxDepth) levels")
        }
        position += 1
    }

    /// After the opening bracket: skips whitespace and consumes `closing` if the container is empty.
    private mutating func skipToClosing(_ closing: UInt8) throws(JSONError) -> Bool {
        skipWhitespace()
        guard peek() == closing else { return false }
        position += 1
        return true
    }

    /// After an element: consumes `,` (returning false) or `closing` (returning true).
    private mutating func parseSeparator(closing: UInt8, after what: String) throws(JSONError) -> Bool {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: ","):
            position += 1
            skipWhitespace()
            if peek() == closing { throw error("trailing comma before '\(Character(UnicodeScalar(closing)))'") }
            return false
        case closing:
            position += 1
            return true
        default:
            throw error("expected ',' or '\(Character(UnicodeScalar(closing)))' after \(what), found \(describeByte())")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: Value) throws(JSONError) -> Value {
        let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[position...].starts(with: text) else {
            throw error("invalid literal, expected '\(word)'")
        }
        position += text.count
        return value
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }
}
