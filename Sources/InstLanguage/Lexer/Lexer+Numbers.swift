extension Lexer {
    /// `123`, `1_000`, `1.5`, `1e3`, `2.5E-3`, `0x1F`. A number directly followed by a letter is a bare
    /// word instead (`2d`, `30s`, `10m`): durations and similar units. So is a UUID, even one made of
    /// digits only (`00000000-0000-4000-8000-000000000000`), so ids can be pasted unquoted.
    mutating func scanNumber() {
        let start = position
        if isUUID(at: start) {
            position += 36
            skipWordCharacters()
            emit(.word, from: start)
            return
        }
        if bytes[position] == UInt8(ascii: "0"), let marker = byte(at: position + 1),
           marker == UInt8(ascii: "x") || marker == UInt8(ascii: "X"), byte(at: position + 2)?.isHexDigit ?? false {
            position += 2
            skipDigits(hexadecimal: true)
            if continuesAsWord(from: start) { return }
            emitInteger(from: start, digitsFrom: start + 2, radix: 16)
            return
        }
        skipDigits(hexadecimal: false)
        var isFloat = false
        if byte(at: position) == .dot, byte(at: position + 1)?.isDigit ?? false {
            position += 1
            skipDigits(hexadecimal: false)
            isFloat = true
        }
        if let marker = byte(at: position), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            var digitStart = position + 1
            if let sign = byte(at: digitStart), sign == .plus || sign == .minus { digitStart += 1 }
            if byte(at: digitStart)?.isDigit ?? false {
                position = digitStart
                skipDigits(hexadecimal: false)
                isFloat = true
            }
        }
        if continuesAsWord(from: start) { return }
        if isFloat {
            emitFloat(from: start)
        } else {
            emitInteger(from: start, digitsFrom: start, radix: 10)
        }
    }

    /// Whether `8-4-4-4-12` hexadecimal digits start at `start`.
    private func isUUID(at start: Int) -> Bool {
        for offset in 0..<36 {
            guard let next = byte(at: start + offset) else { return false }
            let isDash = offset == 8 || offset == 13 || offset == 18 || offset == 23
            if isDash ? next != .minus : !next.isHexDigit { return false }
        }
        return true
    }

    /// Digits with single `_` separators between them.
    private mutating func skipDigits(hexadecimal: Bool) {
        while let next = byte(at: position) {
            if hexadecimal ? next.isHexDigit : next.isDigit {
                position += 1
            } else if next == .underscore, let after = byte(at: position + 1), hexadecimal ? after.isHexDigit : after.isDigit {
                position += 2
            } else {
                break
            }
        }
    }

    /// When letters follow the digits, the whole thing is a bare word (`2d`, `1.5x`).
    private mutating func continuesAsWord(from start: Int) -> Bool {
        guard let next = byte(at: position), next.isWordStart else { return false }
        skipWordCharacters()
        emit(.word, from: start)
        return true
    }

    private mutating func emitInteger(from start: Int, digitsFrom digitStart: Int, radix: Int) {
        var value = 0
        var overflow = false
        for byte in bytes[digitStart..<position] where byte != .underscore {
            let digit: Int
            if byte.isDigit {
                digit = Int(byte - UInt8(ascii: "0"))
            } else {
                digit = Int((byte | 0x20) - UInt8(ascii: "a")) + 10
            }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { overflow = true; break }
            value = sum
        }
        if overflow {
            report("integer literal is too large (the largest integer is \(Int.max))", from: start, to: position,
                   notes: ["write it as a float (\(String(decoding: bytes[start..<position], as: UTF8.self)).0) or a string"])
            value = 0
        }
        emit(.int, from: start, value: .int(value))
    }

    private mutating func emitFloat(from start: Int) {
        var digits = ""
        digits.unicodeScalars.reserveCapacity(position - start)
        for byte in bytes[start..<position] where byte != .underscore {
            digits.unicodeScalars.append(Unicode.Scalar(byte))
        }
        var value = Double(digits) ?? 0
        if !value.isFinite {
            report("number is too large for a float", from: start, to: position)
            value = 0
        }
        emit(.float, from: start, value: .float(value))
    }
}
