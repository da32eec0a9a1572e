extension Lexer {
    /// Scans one token (or skips whitespace, a comment or a line continuation) outside string text.
    mutating func scanCodeToken() {
        let start = position
        let current = bytes[position]
        switch current {
        case _ where current.isHorizontalSpace:
            position += 1
            spaceBefore = true
        case .newline:
            position += 1
            emitNewline(at: start)
        case UInt8(ascii: "#"):
            while position < bytes.count, bytes[position] != .newline { position += 1 }
            spaceBefore = true
        case .backslash:
            scanLineContinuation()
        case UInt8(ascii: "/") where spaceBefore && byte(at: position + 1) == UInt8(ascii: "/"):
            scanForeignComment()
        case .doubleQuote:
            position += 1
            emit(.stringStart, from: start)
            modes.append(.string(start: start))
        case .singleQuote:
            scanRawString()
        case .dollar:
            scanDollarInCode()
        case _ where current.isDigit:
            scanNumber()
        case _ where current.isWordStart:
            scanWord()
        case .dot:
            scanDot()
        case .minus where byte(at: position + 1) == .minus && (byte(at: position + 2)?.isWordStart ?? false):
            position += 2
            skipWordCharacters()
            emit(.flag, from: start)
        default:
            scanPunctuation()
        }
    }

    /// `\` directly before a line break joins the lines.
    private mutating func scanLineContinuation() {
        let start = position
        position += 1
        var lookahead = position
        while let next = byte(at: lookahead), next == .space || next == .tab || next == .carriageReturn {
            lookahead += 1
        }
        guard byte(at: lookahead) == .newline || lookahead == bytes.count else {
            report("unexpected '\\': a backslash outside a string only continues a line, as its last character",
                   from: start, to: position)
            return
        }
        if bytes[position..<lookahead].contains(where: { $0 != .carriageReturn }) {
            report("remove the spaces after '\\': it continues the line only as the last character",
                   from: start, to: lookahead)
        }
        position = min(lookahead + 1, bytes.count)
        spaceBefore = true
        tokenCountAtContinuation = tokens.count
    }

    /// `// …` after a space or at a line start, from other languages: reported, then skipped like a
    /// `#` comment so nothing else is reported. (`https://…` is left to the parser, which asks for quotes.)
    private mutating func scanForeignComment() {
        let start = position
        report("comments start with '#', not '//'", from: start, to: start + 2)
        while position < bytes.count, bytes[position] != .newline { position += 1 }
        spaceBefore = true
    }

    /// `$name`, `$(`, or a stray `$`.
    private mutating func scanDollarInCode() {
        let start = position
        if byte(at: position + 1) == .leftParen {
            position += 2
            emit(.interpolationStart, from: start)
            adjustInterpolationParens(by: 1)
        } else if byte(at: position + 1)?.isNameStart ?? false {
            scanVariable()
        } else {
            position += 1
            report("expected a variable name after '$'", from: start, to: position,
                   notes: ["write $name for a variable, or $( … ) to run a command"])
        }
    }

    /// `$name`: the name is `[A-Za-z_][A-Za-z0-9_]*`.
    mutating func scanVariable() {
        let start = position
        position += 1
        while let next = byte(at: position), next.isNameContinue { position += 1 }
        emit(.variable, from: start)
    }

    /// `.name` directly after a variable, a field, `]`, `)` or `}` is a field access; any other `.` is an error token.
    private mutating func scanDot() {
        let start = position
        if !spaceBefore, lastKind?.acceptsFieldAccess ?? false, byte(at: position + 1)?.isNameStart ?? false {
            scanField()
        } else {
            position += 1
            emit(.dot, from: start)
        }
    }

    /// `.name`, with the lexer at the dot.
    mutating func scanField() {
        let start = position
        position += 1
        while let next = byte(at: position), next.isNameContinue { position += 1 }
        emit(.field, from: start)
    }

    /// A bare word: word characters, with `- . / @` allowed between two of them. Keywords are words too.
    mutating func scanWord() {
        let start = position
        skipWordCharacters()
        emit(.word, from: start, keyword: keyword(from: start, to: position))
    }

    mutating func skipWordCharacters() {
        while let next = byte(at: position) {
            if next.isWordContinue {
                position += 1
            } else if next.isWordJoiner, byte(at: position + 1)?.isWordContinue ?? false {
                position += 2
            } else {
                break
            }
        }
    }

    private func keyword(from start: Int, to end: Int) -> Keyword? {
        guard end - start >= 2, end - start <= 8, bytes[start] >= UInt8(ascii: "a"), bytes[start] <= UInt8(ascii: "z") else {
            return nil
        }
        return Keyword(rawValue: String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// Inside `$( … )`, track nested parentheses so the balancing `)` ends the interpolation.
    mutating func adjustInterpolationParens(by delta: Int) {
        guard case .interpolation(let start, let open)? = modes.last else { return }
        modes[modes.count - 1] = .interpolation(start: start, openParens: open + delta)
    }
}
