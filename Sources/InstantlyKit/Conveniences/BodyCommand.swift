import APISchema
import InstLanguage

/// Laws 4 and 5: `instantly.body TEXT` formats plain text as the HTML Instantly keeps.
enum BodyCommand {
    static var command: CommandSpec {
        CommandSpec(
            "instantly.body", summary: "Format plain text as an email body: <div> lines, [text](url) links (laws 4, 5)",
            discussion: """
            Each line becomes <div>line</div>, a blank line <div><br></div>; no literal newline is left \
            (Instantly drops them, law 4). Text is HTML-escaped; {{variables}} pass through. [text](url) \
            becomes <a href="url">text</a>, with punctuation ending the link text moved after </a> (law 5). \
            Bare URLs are left as they are; the request lint warns about them.
                instantly.body "Hi {{first_name}},\\n\\nWould you like to [pick a time](https://x.test)?"
            """,
            parameters: [ParameterSpec("text", required: true, type: "string", help: "plain text, lines separated by newlines")]
        ) { arguments, context in
            guard case .string(let text)? = arguments["text"] else {
                throw ScriptError.runtime("instantly.body: expected a string, got \(arguments["text"]?.typeName ?? "nothing")")
            }
            let html = EmailBodyFormatter.html(from: text)
            try context.checkSize(of: html)
            return .string(html)
        }
    }
}
