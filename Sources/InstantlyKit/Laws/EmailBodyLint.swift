/// Laws 4 and 5 as warnings on an email body about to be sent: literal newlines (Instantly's
/// sanitizer drops them: lines must be `<div>`s), bare URLs (a CTA must be an `<a href>` with a
/// phrase as its text), link text that is the URL itself, punctuation inside the end of a link,
/// and Markdown links left unconverted. `instantly.body` produces bodies that pass.
public enum EmailBodyLint {
    /// The warnings for `body`, each naming `field` (`body.sequences[0].steps[1].variants[0].body`).
    public static func warnings(for body: String, at field: String) -> [String] {
        var found: [String] = []
        if body.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            found.append("\(field): literal newline in an HTML body; Instantly drops it. Wrap lines in <div>…</div>, a blank line as <div><br></div> (instantly.body does this; law 4)")
        }
        if body.firstMatch(of: markdownLink) != nil {
            found.append("\(field): Markdown link [text](url) is sent as plain text; format the body with instantly.body (law 5)")
        }
        let anchors = body.matches(of: anchor)
        for match in anchors {
            let text = stripTags(String(match.output.2)).trimmed
            if text.isEmpty { continue }
            if text.firstMatch(of: url) != nil || text == String(match.output.1) {
                found.append("\(field): link text \"\(text)\" is the URL itself; use a phrase as the anchor text (law 5)")
            } else if let last = text.last, EmailBodyFormatter.trailingPunctuation.contains(last) {
                found.append("\(field): link text \"\(text)\" ends with \"\(last)\"; put the punctuation after </a> (law 5)")
            }
        }
        let outsideAnchors = stripTags(body.replacing(anchor, with: " "))
        if let bare = outsideAnchors.firstMatch(of: url) {
            found.append("\(field): bare URL \(withoutTrailingProse(bare.output)) is not a link; make it <a href=\"…\">a phrase</a> (law 5)")
        }
        return found
    }

    /// `<a … href="url" …>text</a>`, case-insensitive; captures the URL and the inner HTML.
    nonisolated(unsafe) static let anchor = #/(?is)<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a\s*>/#
    nonisolated(unsafe) static let markdownLink = #/\[[^\]\[]+\]\(\S+?\)/#
    nonisolated(unsafe) static let url = #/(?i)\b(?:https?://|www\.)[^\s<>"']+/#
    nonisolated(unsafe) static let tag = #/<[^>]*>/#

    /// A URL found in prose without what the sentence put after it: trailing punctuation, and
    /// closing parentheses the URL did not open (`(see https://x.test/a_(b)).` → `…/a_(b)`).
    static func withoutTrailingProse(_ found: Substring) -> Substring {
        var candidate = found
        while let last = candidate.last {
            if EmailBodyFormatter.trailingPunctuation.contains(last) {
                candidate = candidate.dropLast()
            } else if last == ")", candidate.count(where: { $0 == ")" }) > candidate.count(where: { $0 == "(" }) {
                candidate = candidate.dropLast()
            } else {
                break
            }
        }
        return candidate
    }

    /// The text of some HTML: tags removed (each leaves a space), entities kept.
    static func stripTags(_ html: String) -> String {
        html.replacing(tag, with: " ")
    }
}

extension String {
    var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
