/// Strings, numbers and error reporting for ``JSONScanner``.
extension JSONScanner {
    /// Reads a string starting at its opening quote. Strings without escapes are decoded in one step.
    mutating func parseString() throws(JSONError) -> String {
        let quote = position
        position += 1
        let contentStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
                try checkStringSize(content.count, start: quote)
                position += 1
                return String(decoding: content, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        return try parseEscapedString(from: contentStart, quote: quote)
    }

    private mutating func parseEscapedString(from contentStart: Int, quote: Int) throws(JSONError) -> String {
        var buffer = Array(bytes[contentStart..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case ..<0x20:
                throw error("\(describeByte()) in a string must be escaped")
            default:
                buffer.append(byte)
                position += 1
            }
            try checkStringSize(buffer.count, start: quote)
        }
        throw error("unterminated string", at: quote)
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONError) {
        let start = position
        position += 1
        guard let letter = peek() else { throw error("unexpected end of input in an escape sequence") }
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(start: start)
            UTF8.encode(scalar) { buffer.append($0) }
        default:
            position = start + 1
            throw error("invalid escape '\\\(describeCharacter())' in a string", at: start)
        }
    }

    /// After `\u`: four hex digits, joined with a following `\uDC00`–`\uDFFF` when they are a high surrogate.
    private mutating func parseUnicodeEscape(start: Int) throws(JSONError) -> Unicode.Scalar {
        let first = try parseHex4(escapeStart: start)
        guard (0xD800...0xDBFF).contains(first) else {
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
        let low = position
        guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
            return "\u{FFFD}"
        }
        position += 2
        let second = try parseHex4(escapeStart: low)
        guard (0xDC00...0xDFFF).contains(second) else {
            position = low
            return "\u{FFFD}"
        }
        let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexValue(byte) else {
                throw error("invalid \\u escape: expected 4 hex digits, found \(describeByte())")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func checkStringSize(_ count: Int, start: Int) throws(JSONError) {
        if count > options.maxStringBytes {
            throw error(.stringSize, "string of more than \(options.maxStringBytes) bytes", at: start)
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; integers that fit become `.int`.
    mutating func parseNumber() throws(JSONError) -> Value {
        let start = position
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        guard let first = peek(), isDigit(first) else {
            throw error("expected a digit after '-', found \(describeByte())")
        }
        var integer = 0
        var overflow = false
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = peek(), isDigit(next) { throw error("leading zeros are not allowed in numbers", at: start) }
        } else {
            while let byte = peek(), isDigit(byte) {
                let digit = Int(byte - UInt8(ascii: "0"))
                let (scaled, o1) = integer.multipliedReportingOverflow(by: 10)
                let (next, o2) = negative ? scaled.subtractingReportingOverflow(digit) : scaled.addingReportingOverflow(digit)
                overflow = overflow || o1 || o2
                integer = next
                position += 1
            }
        }
        var integral = true
        if peek() == UInt8(ascii: ".") {
            integral = false
            position += 1
            try skipDigits(after: "'.'")
        }
        if let byte = peek(), byte | 0x20 == UInt8(ascii: "e") {
            integral = false
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            try skipDigits(after: "the exponent")
        }
        if integral && !overflow { return .int(integer) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text) else { throw error("invalid number", at: start) }
        return .float(number)
    }

    private mutating func skipDigits(after what: String) throws(JSONError) {
        guard let byte = peek(), isDigit(byte) else {
            throw error("expected a digit after \(what), found \(describeByte())")
        }
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: Errors

    /// An error at `offset` (default: the current position), with its line and column.
    func error(_ reason: JSONError.Reason = .syntax, _ message: String, at offset: Int? = nil) -> JSONError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONError(reason: reason, message: message, offset: offset, line: line, column: offset - lineStart + 1)
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONError {
        error(.syntax, message, at: offset)
    }

    /// `'x'`, `'é'`, `control character U+000A` or `end of input`, for the byte at the current position.
    func describeByte() -> String {
        guard let byte = peek() else { return "end of input" }
        if byte < 0x20 || byte == 0x7F {
            let hex = String(byte, radix: 16, uppercase: true)
            return "control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex)"
        }
        return "'\(describeCharacter())'"
    }

    /// The character starting at the current position.
    func describeCharacter() -> String {
        let end = min(position + 4, bytes.count)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
        return text.first.map(String.init) ?? ""
    }
}
