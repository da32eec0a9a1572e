extension Lexer {
    /// Brackets, operators and separators; anything else is reported and skipped.
    mutating func scanPunctuation() {
        let start = position
        let current = bytes[position]
        let next = byte(at: position + 1)
        position += 1
        switch current {
        case .leftParen:
            adjustInterpolationParens(by: 1)
            emit(.leftParen, from: start)
        case .rightParen:
            closeParen(from: start)
        case UInt8(ascii: "["): emit(.leftBracket, from: start)
        case UInt8(ascii: "]"): emit(.rightBracket, from: start)
        case .leftBrace: emit(.leftBrace, from: start)
        case .rightBrace: emit(.rightBrace, from: start)
        case UInt8(ascii: ","): emit(.comma, from: start)
        case UInt8(ascii: ":"): emit(.colon, from: start)
        case UInt8(ascii: ";"): emit(.semicolon, from: start)
        case .plus: emit(.plus, from: start)
        case .minus: emit(.minus, from: start)
        case UInt8(ascii: "*"): emit(.star, from: start)
        case UInt8(ascii: "/"): emit(.slash, from: start)
        case UInt8(ascii: "%"): emit(.percent, from: start)
        case UInt8(ascii: "="):
            emitPair(second: UInt8(ascii: "="), next, paired: .equal, single: .assign, from: start)
        case UInt8(ascii: "<"):
            emitPair(second: UInt8(ascii: "="), next, paired: .lessOrEqual, single: .less, from: start)
        case UInt8(ascii: ">"):
            emitPair(second: UInt8(ascii: "="), next, paired: .greaterOrEqual, single: .greater, from: start)
        case UInt8(ascii: "!") where next == UInt8(ascii: "="):
            position += 1
            emit(.notEqual, from: start)
        case UInt8(ascii: "?") where next == UInt8(ascii: "?"):
            position += 1
            emit(.coalesce, from: start)
        case UInt8(ascii: "|") where next == UInt8(ascii: "|"):
            position += 1
            substituteKeyword(.or, for: "||", from: start)
        case UInt8(ascii: "|"):
            emit(.pipe, from: start)
        case UInt8(ascii: "&") where next == UInt8(ascii: "&"):
            position += 1
            substituteKeyword(.and, for: "&&", from: start)
        case UInt8(ascii: "!"):
            substituteKeyword(.not, for: "!", from: start)
        default:
            reportUnexpectedCharacter(current, from: start)
        }
    }

    private mutating func emitPair(second: UInt8, _ next: UInt8?, paired: TokenKind, single: TokenKind, from start: Int) {
        if next == second {
            position += 1
            emit(paired, from: start)
        } else {
            emit(single, from: start)
        }
    }

    /// A `)` either closes a parenthesis or ends the `$( … )` interpolation it balances.
    private mutating func closeParen(from start: Int) {
        if case .interpolation(_, let open)? = modes.last {
            if open == 0 {
                modes.removeLast()
            } else {
                adjustInterpolationParens(by: -1)
            }
        }
        emit(.rightParen, from: start)
    }

    /// `||`, `&&` and `!` from other languages: report, then continue as if `or`/`and`/`not` were written.
    private mutating func substituteKeyword(_ keyword: Keyword, for spelling: String, from start: Int) {
        report("use '\(keyword.rawValue)' instead of '\(spelling)'", from: start, to: position)
        emit(.word, from: start, keyword: keyword)
    }

    private mutating func reportUnexpectedCharacter(_ character: UInt8, from start: Int) {
        let shown: String
        if character >= 0x20 && character < 0x7F {
            shown = "'\(Character(Unicode.Scalar(character)))'"
        } else {
            let hex = String(character, radix: 16, uppercase: true)
            shown = "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)"
        }
        var notes: [String] = []
        if character == UInt8(ascii: "?") {
            notes.append("'??' gives a default for null: $x ?? \"none\"")
        } else if character == UInt8(ascii: "&") {
            notes.append("use 'and' to combine conditions")
        } else if character == UInt8(ascii: "@") || character == UInt8(ascii: "`") || character == UInt8(ascii: "~") {
            notes.append("put text with special characters in quotes: \"…\"")
        }
        report("unexpected character \(shown)", from: start, to: position, notes: notes)
    }
}
