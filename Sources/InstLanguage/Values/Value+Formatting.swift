/// How values are shown by `print`, interpolation, `str` and the REPL.
///
///     "hi"                    → hi              (top level: raw)
///     ["a", 1, 2.0, null]     → ["a", 1, 2.0, null]
///     {name: "x", "a b": 1}   → {name: "x", "a b": 1}
///
/// Floats use the shortest form that reads back to the same number (`0.5`, `1e-05`, `2.0`,
/// `inf`, `nan`). Strings inside lists and maps are quoted JSON-style; map keys are bare when
/// they are identifiers. A stream is shown as a list after reading it: that consumes a
/// single-pass stream and reads at most ``Value/formattedStreamLimit`` elements (an error
/// while reading ends the list with `…`). Callers that hold a ``CommandContext`` read streams
/// first with ``CommandContext/materialize(_:)``, which respects the run's limits.
extension Value {
    /// At most this many elements of a stream are shown before `…`.
    public static let formattedStreamLimit = 10_000

    /// Containers nested deeper than this are shown as `[…]` / `{…}`.
    static let formattedDepthLimit = 200

    /// The text `print` and string interpolation show: strings raw, everything else as a literal.
    public func formatted() -> String {
        if case .string(let string) = self { return string }
        return formattedLiteral()
    }

    /// The literal form, as values appear inside lists and maps: strings quoted.
    public func formattedLiteral() -> String {
        var output = ""
        appendLiteral(to: &output, depth: 0)
        return output
    }

    /// The shortest text that reads back as the same `Double`; integral values keep `.0`.
    static func formatFloat(_ number: Double) -> String {
        number.description
    }

    func appendLiteral(to output: inout String, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .float(let number): output += Value.formatFloat(number)
        case .string(let string): JSONPrinter.appendQuoted(string, to: &output)
        case .list(let elements): Value.appendList(elements, truncated: false, to: &output, depth: depth)
        case .map(let map): Value.appendMap(map, to: &output, depth: depth)
        case .stream(let stream): Value.appendStream(stream, to: &output, depth: depth)
        case .callable(let callable): output += "<proc \(callable.name)>"
        }
    }

    /// `[a, b]`, or `[a, b, …]` when `truncated`.
    private static func appendList(_ elements: [Value], truncated: Bool, to output: inout String, depth: Int) {
        guard depth < formattedDepthLimit || elements.isEmpty else {
            output += "[…]"
            return
        }
        output += "["
        for (position, element) in elements.enumerated() {
            if position > 0 { output += ", " }
            element.appendLiteral(to: &output, depth: depth + 1)
        }
        if truncated { output += elements.isEmpty ? "…" : ", …" }
        output += "]"
    }

    private static func appendMap(_ map: ValueMap, to output: inout String, depth: Int) {
        guard depth < formattedDepthLimit || map.isEmpty else {
            output += "{…}"
            return
        }
        output += "{"
        for (position, (key, value)) in map.entries.enumerated() {
            if position > 0 { output += ", " }
            if isIdentifier(key) {
                output += key
            } else {
                JSONPrinter.appendQuoted(key, to: &output)
            }
            output += ": "
            value.appendLiteral(to: &output, depth: depth + 1)
        }
        output += "}"
    }

    private static func appendStream(_ stream: ValueStream, to output: inout String, depth: Int) {
        var cursor = stream.makeCursor()
        var elements: [Value] = []
        var truncated = false
        do {
            while let element = try cursor.next() {
                guard elements.count < formattedStreamLimit else {
                    truncated = true
                    break
                }
                elements.append(element)
            }
        } catch {
            truncated = true
        }
        appendList(elements, truncated: truncated, to: &output, depth: depth)
    }

    /// Whether `key` can be written bare in a map literal: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isIdentifier(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next(), isWordStart(first) else { return false }
        while let byte = bytes.next() {
            guard isWordStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return false }
        }
        return true
    }

    private static func isWordStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }
}
