/// Reading `$x.field` and `$x[index]` on plain values (the caller reads streams first).
extension Value {
    /// A map's value for `name` (null when absent); null stays null, so `$a.b.c` is optional chaining.
    static func field(of base: Value, _ name: String) throws(ScriptError) -> Value {
        switch base {
        case .map(let map): return map[name] ?? .null
        case .null: return .null
        default: throw ScriptError.runtime("cannot read field '\(name)' of a \(base.typeName)")
        }
    }

    /// A list or string element by int (negative counts from the end), a map value by string.
    static func element(of base: Value, at index: Value) throws(ScriptError) -> Value {
        switch (base, index) {
        case let (.list(elements), .int(position)):
            return elements[try checkedPosition(position, count: elements.count)]
        case let (.map(map), .string(key)):
            return map[key] ?? .null
        case let (.string(text), .int(position)):
            return .string(try character(of: text, at: position))
        case (.null, _):
            return .null
        case (.list, _), (.string, _):
            throw ScriptError.runtime("a \(base.typeName) is indexed by int, not \(index.typeName)")
        case (.map, _):
            throw ScriptError.runtime("a map is indexed by string, not \(index.typeName)")
        default:
            throw ScriptError.runtime("cannot index a \(base.typeName)")
        }
    }

    /// `position` as an index into `count` elements, counting negative positions from the end.
    static func checkedPosition(_ position: Int, count: Int) throws(ScriptError) -> Int {
        let resolved = position < 0 ? count + position : position
        guard resolved >= 0, resolved < count else {
            throw ScriptError.runtime("index \(position) is out of range for \(count) element\(count == 1 ? "" : "s")")
        }
        return resolved
    }

    private static func character(of text: String, at position: Int) throws(ScriptError) -> String {
        let resolved = position < 0 ? text.characterCount + position : position
        guard resolved >= 0, let character = text.character(atOffset: resolved) else {
            throw ScriptError.runtime("index \(position) is out of range for a string of \(text.characterCount) characters")
        }
        return character
    }
}
