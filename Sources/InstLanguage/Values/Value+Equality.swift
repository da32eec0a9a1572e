extension Value: Equatable {
    /// Structural equality. `1 == 1.0` is true; lists and maps compare element by element
    /// (maps ignore key order); streams and callables compare by identity
    /// (the interpreter reads streams before comparing them).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.float(a), .float(b)): a == b
        case let (.int(a), .float(b)): Double(a) == b
        case let (.float(a), .int(b)): a == Double(b)
        case let (.string(a), .string(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a == b
        case let (.stream(a), .stream(b)): a === b
        case let (.callable(a), .callable(b)): a === b
        default: false
        }
    }
}
