/// A value in the language. API results are plain values: maps, lists, strings, numbers.
///
/// Lists and maps have value semantics (Swift copy-on-write): `let b = $a; set b[0] = 1`
/// leaves `$a` unchanged. A ``ValueStream`` is a lazy list, pulled as it is consumed.
/// Streams and callables are confined to the interpreter's thread; the `Sendable`
/// conformance lets values travel inside errors, not across threads.
public enum Value: @unchecked Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case map(ValueMap)
    /// A lazy list (API pages, `range`): pulled element by element.
    case stream(ValueStream)
    /// A procedure or a block (`where { … }`).
    case callable(Callable)
}

extension Value {
    /// The name `type` returns and errors use: `null`, `bool`, `int`, `float`, `string`, `list`, `map`, `proc`.
    /// A stream is a list that has not been read yet, so it is a `list` too.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "string"
        case .list, .stream: "list"
        case .map: "map"
        case .callable: "proc"
        }
    }

    /// Truthiness: `null`, `false`, `0`, `0.0`, `""`, `[]` and `{}` are false; everything else is true.
    /// A stream is true (it is not read to find out).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .int(let i): i != 0
        case .float(let f): f != 0
        case .string(let s): !s.isEmpty
        case .list(let l): !l.isEmpty
        case .map(let m): !m.isEmpty
        case .stream, .callable: true
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        var map = ValueMap()
        for (key, value) in elements { map[key] = value }
        self = .map(map)
    }
}
