/// The operators of the language on plain values (streams are read into lists by the caller).
///
/// These are the general paths; the evaluator inlines the int-and-int cases. Errors carry no
/// span: the node that called adds its own. `caps` limits what `+` may build.
extension Value {
    struct SizeCaps {
        var maxStringBytes: Int
        var maxCollectionCount: Int
    }

    static func add(_ lhs: Value, _ rhs: Value, caps: SizeCaps) throws(ScriptError) -> Value {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            if overflow { throw integerOverflow() }
            return .int(sum)
        case let (.string(a), .string(b)):
            try checkString(bytes: a.utf8.count + b.utf8.count, caps: caps)
            return .string(a + b)
        case let (.list(a), .list(b)):
            try checkCount(a.count + b.count, caps: caps)
            return .list(a + b)
        case var (.map(a), .map(b)):
            try checkCount(a.count + b.count, caps: caps)
            swap(&a, &b)
            for (key, value) in a.entries { b[key] = value }
            return .map(b)
        default:
            if let (a, b) = floats(lhs, rhs) { return .float(a + b) }
            throw mismatch("+", lhs, rhs)
        }
    }

    static func subtract(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        if case let (.int(a), .int(b)) = (lhs, rhs) {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if overflow { throw integerOverflow() }
            return .int(difference)
        }
        if let (a, b) = floats(lhs, rhs) { return .float(a - b) }
        throw mismatch("-", lhs, rhs)
    }

    static func multiply(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        if case let (.int(a), .int(b)) = (lhs, rhs) {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { throw integerOverflow() }
            return .int(product)
        }
        if let (a, b) = floats(lhs, rhs) { return .float(a * b) }
        throw mismatch("*", lhs, rhs)
    }

    /// `int / int` truncates toward zero; any float makes it a float division.
    static func divide(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        if case let (.int(a), .int(b)) = (lhs, rhs) {
            if b == 0 { throw divisionByZero() }
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            if overflow { throw integerOverflow() }
            return .int(quotient)
        }
        if let (a, b) = floats(lhs, rhs) {
            if b == 0 { throw divisionByZero() }
            return .float(a / b)
        }
        throw mismatch("/", lhs, rhs)
    }

    /// The remainder has the sign of the dividend.
    static func remainder(_ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value {
        if case let (.int(a), .int(b)) = (lhs, rhs) {
            if b == 0 { throw divisionByZero() }
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            if overflow { throw integerOverflow() }
            return .int(remainder)
        }
        if let (a, b) = floats(lhs, rhs) {
            if b == 0 { throw divisionByZero() }
            return .float(a.truncatingRemainder(dividingBy: b))
        }
        throw mismatch("%", lhs, rhs)
    }

    static func negate(_ operand: Value) throws(ScriptError) -> Value {
        switch operand {
        case .int(let a):
            if a == .min { throw integerOverflow() }
            return .int(-a)
        case .float(let a):
            return .float(-a)
        default:
            throw ScriptError.runtime("cannot negate a \(operand.typeName)")
        }
    }

    static func integerOverflow() -> ScriptError {
        .runtime("integer overflow", hint: "the result does not fit in 64 bits; use a float (1.0 * $x)")
    }

    static func divisionByZero() -> ScriptError {
        .runtime("division by zero")
    }

    /// Both operands as doubles, when both are numbers and at least one is a float.
    private static func floats(_ lhs: Value, _ rhs: Value) -> (Double, Double)? {
        switch (lhs, rhs) {
        case let (.float(a), .float(b)): (a, b)
        case let (.int(a), .float(b)): (Double(a), b)
        case let (.float(a), .int(b)): (a, Double(b))
        default: nil
        }
    }

    private static func mismatch(_ symbol: String, _ lhs: Value, _ rhs: Value) -> ScriptError {
        let message = "cannot apply '\(symbol)' to \(lhs.typeName) and \(rhs.typeName)"
        switch (lhs, rhs) {
        case (.string, _), (_, .string):
            return .runtime(message, hint: "to join text with other values use interpolation (\"$a$b\") or str")
        case (.list, _) where symbol == "+":
            return .runtime(message, hint: "to append one element write $list + [value]")
        default:
            return .runtime(message)
        }
    }

    static func checkString(bytes: Int, caps: SizeCaps) throws(ScriptError) {
        if bytes > caps.maxStringBytes {
            throw ScriptError.stringTooLong(bytes: bytes, limit: caps.maxStringBytes)
        }
    }

    static func checkCount(_ count: Int, caps: SizeCaps) throws(ScriptError) {
        if count > caps.maxCollectionCount {
            throw ScriptError.collectionTooLarge(count: count, limit: caps.maxCollectionCount)
        }
    }
}

extension Value {
    /// `lhs = lhs + rhs`, appending in place when `lhs` is a uniquely referenced string, list or map.
    /// On error `lhs` is unchanged. A stream on the left is read into a list first by the caller.
    static func addInPlace(_ lhs: inout Value, _ rhs: Value, caps: SizeCaps) throws(ScriptError) {
        // Each case copies the payload out, then drops `lhs`'s reference so the copy is unique.
        if case .string(var text) = lhs, case .string(let suffix) = rhs {
            try checkString(bytes: text.utf8.count + suffix.utf8.count, caps: caps)
            lhs = .null
            text += suffix
            lhs = .string(text)
        } else if case .list(var elements) = lhs, case .list(let more) = rhs {
            try checkCount(elements.count + more.count, caps: caps)
            lhs = .null
            elements += more
            lhs = .list(elements)
        } else if case .map(var map) = lhs, case .map(let more) = rhs {
            try checkCount(map.count + more.count, caps: caps)
            lhs = .null
            for (key, value) in more.entries { map[key] = value }
            lhs = .map(map)
        } else {
            lhs = try add(lhs, rhs, caps: caps)
        }
    }
}
