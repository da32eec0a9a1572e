/// Laws 4 and 5: turns plain text into the HTML Instantly's body sanitizer keeps.
///
/// Each line becomes `<div>line</div>` and a blank line `<div><br></div>` (no literal newlines
/// survive); text is HTML-escaped; `[text](url)` becomes `<a href="url">text</a>`, with trailing
/// punctuation of the link text (`.`, `,`, `!`, `?`, `;`, `:`) moved outside the tag. Template
/// variables such as `{{first_name}}` pass through unchanged. A bare URL is left as it is (the
/// lint warns about it).
///
///     EmailBodyFormatter.html(from: "Hi,\n\nBook [a call.](https://x.test)")
///     // <div>Hi,</div><div><br></div><div>Book <a href="https://x.test">a call</a>.</div>
public enum EmailBodyFormatter {
    /// Punctuation that belongs after a link, not inside it.
    static let trailingPunctuation: Set<Character> = [".", ",", "!", "?", ";", ":"]

    /// The body as `<div>` lines. One trailing newline is ignored; `\r\n` counts as one newline.
    public static func html(from text: String) -> String {
        var lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            line.allSatisfy(\.isWhitespace) ? "<div><br></div>" : "<div>\(inline(Substring(line)))</div>"
        }.joined()
    }

    /// One line's content: escaped text with Markdown links as anchors.
    static func inline(_ line: Substring) -> String {
        var output = ""
        var rest = line
        while let link = nextLink(in: rest) {
            output += escape(rest[rest.startIndex..<link.range.lowerBound])
            var text = link.text
            var moved = ""
            while let last = text.last, trailingPunctuation.contains(last) {
                moved = String(last) + moved
                text.removeLast()
            }
            output += "<a href=\"\(escape(link.url))\">\(escape(text))</a>\(escape(moved))"
            rest = rest[link.range.upperBound...]
        }
        return output + escape(rest)
    }

    /// The first `[text](url)` in `line` with non-empty text and a URL without spaces.
    static func nextLink(in line: Substring) -> (range: Range<Substring.Index>, text: Substring, url: Substring)? {
        var search = line.startIndex
        while let open = line[search...].firstIndex(of: "[") {
            guard let close = line[open...].firstIndex(of: "]") else { return nil }
            let afterClose = line.index(after: close)
            let text = line[line.index(after: open)..<close]
            if afterClose < line.endIndex, line[afterClose] == "(", !text.isEmpty, !text.contains("["),
               let end = line[afterClose...].firstIndex(of: ")") {
                let url = line[line.index(after: afterClose)..<end]
                if !url.isEmpty, !url.contains(where: \.isWhitespace) {
                    return (open..<line.index(after: end), text, url)
                }
            }
            search = line.index(after: open)
        }
        return nil
    }

    /// `&`, `<`, `>` and `"` as entities.
    static func escape(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}

extension String {
    /// `\r\n` and lone `\r` as `\n`. (`"\r\n"` is one Character in Swift, so split would not see it.)
    func replacingCRLF() -> String {
        guard contains(where: { $0 == "\r\n" || $0 == "\r" }) else { return self }
        return String(map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
