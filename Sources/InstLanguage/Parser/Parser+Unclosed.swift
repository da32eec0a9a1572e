extension Parser {
    /// For a block left open at the end of the file: where its `}` was probably forgotten, judged by
    /// indentation. The first later line indented no deeper than the line of the `{` either starts
    /// the code after the block (the `}` belongs before it), or is a `}` that closes an inner block
    /// instead (a `}` is missing inside). Code whose block starts unindented gets no guess.
    func missingCloserGuess(for opener: Opener) -> String? {
        guard opener.kind == .block, let openerIndex = tokens.firstIndex(where: { $0.start == opener.start }) else {
            return nil
        }
        let openerLine = line(of: opener.start)
        let openerIndent = indentation(ofLineAt: opener.start)
        var innerOpeners: [Int] = []
        var bodyIsIndented = false
        for position in (openerIndex + 1)..<tokens.count {
            let token = tokens[position]
            if token.kind == .endOfFile { break }
            if startsLine(token), line(of: token.start) > openerLine {
                if indentation(ofLineAt: token.start) > openerIndent {
                    bodyIsIndented = true
                } else {
                    guard bodyIsIndented else { return nil }
                    let lineNumber = line(of: token.start)
                    if token.kind == .rightBrace, let inner = innerOpeners.last {
                        return "the '}' at line \(lineNumber) closes the '{' at line \(line(of: inner)); is a '}' missing before it?"
                    }
                    return "is the '}' missing before line \(lineNumber)?"
                }
            }
            if token.kind == .leftBrace {
                innerOpeners.append(token.start)
            } else if token.kind == .rightBrace {
                _ = innerOpeners.popLast()
            }
        }
        return nil
    }

    /// Whether only spaces and tabs come before the token on its line.
    private func startsLine(_ token: Token) -> Bool {
        var offset = token.start
        while offset > 0, bytes[offset - 1] == .space || bytes[offset - 1] == .tab { offset -= 1 }
        return offset == 0 || bytes[offset - 1] == .newline
    }

    /// The spaces and tabs at the start of the line containing `offset`.
    private func indentation(ofLineAt offset: Int) -> Int {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != .newline { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] == .space || bytes[end] == .tab { end += 1 }
        return end - start
    }
}
