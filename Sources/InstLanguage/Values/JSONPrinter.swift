/// Writes values as JSON (RFC 8259): compact, or pretty with two-space indentation.
///
///     try JSONPrinter.format(["a": [1, 2.5], "b": "x"])                 // {"a":[1,2.5],"b":"x"}
///     try JSONPrinter.format(["a": 1], pretty: true)                    // {\n  "a": 1\n}
///
/// Map keys keep their order. Strings escape `"`, `\` and every control character.
/// Streams are read (and so consumed) as they are written; callables, infinities and NaN,
/// which JSON cannot represent, throw a runtime ``ScriptError``.
public enum JSONPrinter {
    /// Nesting deeper than this throws instead of exhausting the stack.
    static let maxDepth = 512

    /// The JSON text of `value`.
    public static func format(_ value: Value, pretty: Bool = false) throws -> String {
        String(decoding: try bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8, ready for a request body.
    public static func bytes(_ value: Value, pretty: Bool = false) throws -> [UInt8] {
        var writer = Writer(pretty: pretty)
        try writer.write(value, depth: 0)
        return writer.output
    }

    /// Appends `string` as a quoted JSON string (used by value formatting too).
    static func appendQuoted(_ string: String, to output: inout String) {
        if !string.utf8.contains(where: needsEscape) {
            output += "\""
            output += string
            output += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 8)
        appendQuoted(string, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `string` to `output` as a quoted JSON string, escaped as ``bytes(_:pretty:)`` escapes it.
    public static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let appended: Void? = string.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &output) }
        if appended == nil {
            Array(string.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Copies runs of plain bytes in one step and escapes the rest.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for (position, byte) in bytes.enumerated() where needsEscape(byte) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            runStart = position + 1
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "f"))
            default:
                output.append(contentsOf: "u00".utf8)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    private struct Writer {
        let pretty: Bool
        var output: [UInt8] = []

        init(pretty: Bool) { self.pretty = pretty }

        mutating func write(_ value: Value, depth: Int) throws {
            switch value {
            case .null: output.append(contentsOf: "null".utf8)
            case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .int(let number): output.append(contentsOf: String(number).utf8)
            case .float(let number):
                guard number.isFinite else {
                    throw ScriptError.runtime("\(number) cannot be written as JSON", hint: "JSON has no infinity or NaN")
                }
                output.append(contentsOf: Value.formatFloat(number).utf8)
            case .string(let string): appendQuoted(string, to: &output)
            case .list(let elements): try writeList(elements, depth: depth)
            case .map(let map): try writeMap(map, depth: depth)
            case .stream(let stream): try writeList(try stream.readAll(), depth: depth)
            case .callable(let callable):
                throw ScriptError.runtime("the proc \(callable.name) cannot be written as JSON")
            }
        }

        private mutating func writeList(_ elements: [Value], depth: Int) throws {
            try open(UInt8(ascii: "["), depth: depth)
            for (position, element) in elements.enumerated() {
                separate(first: position == 0, depth: depth + 1)
                try write(element, depth: depth + 1)
            }
            close(UInt8(ascii: "]"), empty: elements.isEmpty, depth: depth)
        }

        private mutating func writeMap(_ map: ValueMap, depth: Int) throws {
            try open(UInt8(ascii: "{"), depth: depth)
            for (position, (key, value)) in map.entries.enumerated() {
                separate(first: position == 0, depth: depth + 1)
                appendQuoted(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                try write(value, depth: depth + 1)
            }
            close(UInt8(ascii: "}"), empty: map.isEmpty, depth: depth)
        }

        private mutating func open(_ bracket: UInt8, depth: Int) throws {
            guard depth < JSONPrinter.maxDepth else {
                throw ScriptError.runtime("value nested deeper than \(JSONPrinter.maxDepth) levels cannot be written as JSON")
            }
            output.append(bracket)
        }

        private mutating func separate(first: Bool, depth: Int) {
            if !first { output.append(UInt8(ascii: ",")) }
            if pretty { newline(depth: depth) }
        }

        private mutating func close(_ bracket: UInt8, empty: Bool, depth: Int) {
            if pretty && !empty { newline(depth: depth) }
            output.append(bracket)
        }

        private mutating func newline(depth: Int) {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
    }
}
