extension Lexer {
    /// Scans string text up to the next `"`, `$name`, `$(` or the end of the file, with the lexer in
    /// string mode. Emits the text (if any), then the token that ended it.
    mutating func scanStringSegment() {
        let segmentStart = position
        textBuffer.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let current = bytes[position]
            if current == .doubleQuote {
                flushStringText(from: segmentStart)
                closeString()
                return
            }
            if current == .dollar, let next = byte(at: position + 1) {
                if next == .leftParen {
                    flushStringText(from: segmentStart)
                    let start = position
                    position += 2
                    emit(.interpolationStart, from: start)
                    modes.append(.interpolation(start: start, openParens: 0))
                    return
                }
                if next.isNameStart {
                    flushStringText(from: segmentStart)
                    scanVariable()
                    while byte(at: position) == .dot, byte(at: position + 1)?.isNameStart ?? false {
                        scanField()
                    }
                    return
                }
            }
            if current == .backslash {
                scanEscape()
            } else {
                textBuffer.append(current)
                position += 1
            }
        }
        flushStringText(from: segmentStart)
    }

    private mutating func flushStringText(from start: Int) {
        guard position > start else { return }
        let value = store(String(decoding: textBuffer, as: UTF8.self))
        emit(.stringText, from: start, value: value)
    }

    private mutating func closeString() {
        let start = position
        position += 1
        emit(.stringEnd, from: start)
        if case .string(let opening)? = modes.popLast(), bytes[opening..<start].contains(.newline) {
            lastMultilineStringStart = opening
        }
    }

    /// `\n \t \r \" \\ \$ \u{HEX}`; anything else is reported and kept as written.
    private mutating func scanEscape() {
        let start = position
        guard let escaped = byte(at: position + 1) else {
            textBuffer.append(.backslash)
            position += 1
            return
        }
        position += 2
        switch escaped {
        case UInt8(ascii: "n"): textBuffer.append(.newline)
        case UInt8(ascii: "t"): textBuffer.append(.tab)
        case UInt8(ascii: "r"): textBuffer.append(.carriageReturn)
        case .doubleQuote, .backslash, .dollar: textBuffer.append(escaped)
        case UInt8(ascii: "u"): scanUnicodeEscape(from: start)
        default:
            // Report the whole escaped character, which may be several UTF-8 bytes.
            var end = position
            while let next = byte(at: end), next & 0xC0 == 0x80 { end += 1 }
            position = end
            let written = String(decoding: bytes[start..<end], as: UTF8.self)
            report("unknown escape sequence '\(written)' in a string", from: start, to: end,
                   notes: ["the escapes are \\n \\t \\r \\\" \\\\ \\$ and \\u{…}; write \\\\ for a backslash, or use a raw '…' string"])
            textBuffer.append(contentsOf: bytes[start..<end])
        }
    }

    /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar.
    private mutating func scanUnicodeEscape(from start: Int) {
        guard byte(at: position) == .leftBrace else {
            report("expected '{' after '\\u': write \\u{1F600}", from: start, to: position)
            return
        }
        var end = position + 1
        var value: UInt32 = 0
        var digits = 0
        while let next = byte(at: end), next.isHexDigit, digits < 8 {
            value = value * 16 + UInt32(next.isDigit ? next - UInt8(ascii: "0") : (next | 0x20) - UInt8(ascii: "a") + 10)
            digits += 1
            end += 1
        }
        guard digits > 0, byte(at: end) == .rightBrace else {
            position = end
            report("invalid unicode escape: write \\u{ followed by 1 to 8 hex digits and }", from: start, to: end)
            return
        }
        position = end + 1
        guard let scalar = Unicode.Scalar(value) else {
            report("\\u{\(String(value, radix: 16, uppercase: true))} is not a valid Unicode scalar", from: start, to: position)
            return
        }
        textBuffer.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// `'…'`: no escapes and no interpolation; may span lines.
    mutating func scanRawString() {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != .singleQuote { position += 1 }
        let text = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
        if position < bytes.count {
            position += 1
            if bytes[start..<position].contains(.newline) { lastMultilineStringStart = start }
        } else {
            var notes: [String] = []
            if let earlier = lastMultilineStringStart {
                notes.append("the string starting at line \(lineNumber(of: earlier)) spans several lines; check its closing quote")
            }
            if start > 0, bytes[start - 1].isWordContinue {
                // `'it's'`: the apostrophe closed the string and this quote opened another.
                notes.append("an apostrophe ends a '…' string: write text that contains one in double quotes, \"it's\"")
            }
            report("unterminated string: the closing \"'\" is missing", from: start, to: start + 1, notes: notes)
            endsInsideString = true
        }
        let value = store(text)
        emit(.rawString, from: start, value: value)
    }
}
