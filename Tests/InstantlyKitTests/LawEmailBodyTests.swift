import APISchema
@testable import InstantlyKit
import InstLanguage
import Testing

@Suite("Laws 4 and 5: email bodies")
struct LawEmailBodyTests {
    @Test func linesBecomeDivsAndBlankLinesBreaks() {
        let html = EmailBodyFormatter.html(from: "Hi {{first_name}},\n\nWe run <clarity> & more.\n")
        #expect(html == "<div>Hi {{first_name}},</div><div><br></div><div>We run &lt;clarity&gt; &amp; more.</div>")
        #expect(EmailBodyFormatter.html(from: "a\r\n\r\nb") == "<div>a</div><div><br></div><div>b</div>")
        #expect(!html.contains("\n"))
    }

    @Test func markdownLinksBecomeAnchorsWithPunctuationOutside() {
        #expect(EmailBodyFormatter.html(from: "Would you like to [pick a time](https://northwind.test/clarity)?")
            == #"<div>Would you like to <a href="https://northwind.test/clarity">pick a time</a>?</div>"#)
        #expect(EmailBodyFormatter.html(from: "See [the deck.](https://x.test/a?b=1&c=\"2\") Thanks")
            == #"<div>See <a href="https://x.test/a?b=1&amp;c=&quot;2&quot;">the deck</a>. Thanks</div>"#)
        #expect(EmailBodyFormatter.html(from: "[a](x) and [b](y)!") == #"<div><a href="x">a</a> and <a href="y">b</a>!</div>"#)
        #expect(EmailBodyFormatter.html(from: "[not a link] (x) [](y) [z](has space)")
            == "<div>[not a link] (x) [](y) [z](has space)</div>")
    }

    @Test func formattedBodiesPassTheLint() {
        let html = EmailBodyFormatter.html(from: "Hi,\n\nBook [a call](https://x.test/c).")
        #expect(EmailBodyLint.warnings(for: html, at: "b") == [])
    }

    @Test func lintFlagsRawNewlinesBareURLsAndBadAnchors() {
        let raw = EmailBodyLint.warnings(for: "Hi,\nthere", at: "b")
        #expect(raw.count == 1)
        #expect(raw.first?.contains("literal newline") == true)
        let bare = EmailBodyLint.warnings(for: "<div>Go to https://x.test/now</div>", at: "b")
        #expect(bare == [#"b: bare URL https://x.test/now is not a link; make it <a href="…">a phrase</a> (law 5)"#])
        let urlText = EmailBodyLint.warnings(for: #"<div><a href="https://x.test">https://x.test</a></div>"#, at: "b")
        #expect(urlText.count == 1)
        #expect(urlText.first?.contains("is the URL itself") == true)
        let period = EmailBodyLint.warnings(for: #"<div><a href="https://x.test">book a call.</a></div>"#, at: "b")
        #expect(period.first?.contains("put the punctuation after </a>") == true)
        let markdown = EmailBodyLint.warnings(for: "<div>[link](https://x.test).</div>", at: "b")
        #expect(markdown.contains { $0.contains("Markdown link") })
    }

    @Test func bareURLsEndBeforeTheSentencesPunctuation() {
        func bare(_ html: String) -> String? {
            EmailBodyLint.warnings(for: html, at: "b").first.flatMap { $0.firstMatch(of: #/bare URL (\S+) is/#).map { String($0.output.1) } }
        }
        #expect(bare("<div>See https://northwind.test.</div>") == "https://northwind.test")
        #expect(bare("<div>Is it https://x.test/a?!</div>") == "https://x.test/a")
        #expect(bare("<div>(see https://x.test/now), then</div>") == "https://x.test/now")
        #expect(bare("<div>(see https://x.test/wiki/A_(b)).</div>") == "https://x.test/wiki/A_(b)")
        #expect(bare("<div>https://x.test/q?a=1;b=2 ok</div>") == "https://x.test/q?a=1;b=2")
    }

    @Test func linkedURLsInsideAttributesAreNotBare() {
        let html = #"<div><img src="https://x.test/p.png"><a href="https://x.test">our site</a></div>"#
        #expect(EmailBodyLint.warnings(for: html, at: "b") == [])
    }

    @Test func reviewLintsSequenceBodiesAndEmailHTML() throws {
        let binding = InstantlyBinding()
        var create = APICall(body: ["sequences": [["steps": [["type": "email", "delay": 1, "variants": [
            ["subject": "s", "body": "Hi\nsee https://x.test"],
        ]]]]]])
        let warnings = try binding.review(&create, for: InstantlyCatalog.campaignsCreate)
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.hasPrefix("body.sequences[0].steps[0].variants[0].body: ") })
        var reply = APICall(body: ["body": ["html": "line one\nline two", "text": "line one\nline two"]])
        let replyWarnings = try binding.review(&reply, for: InstantlyCatalog.emailsReply)
        #expect(replyWarnings.count == 1)
        #expect(replyWarnings.first?.hasPrefix("body.body.html: literal newline") == true)
    }
}
