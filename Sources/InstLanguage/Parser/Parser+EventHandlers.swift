extension Parser {
    /// Whether the statement ahead is `on NAME …`: `on` is a keyword only at the start of a
    /// statement and followed by a bare word, so `on` stays usable as a value elsewhere.
    mutating func isEventHandlerAhead() -> Bool {
        let token = peek()
        guard token.kind == .word, token.keyword == nil, text(of: token) == "on", index + 1 < tokens.count else {
            return false
        }
        let next = tokens[index + 1]
        return next.kind == .word && next.keyword == nil && next.spaceBefore
    }

    /// `on reply_received { … }` or `on link_clicked email_link_clicked { … }`.
    mutating func parseEventHandler() throws(ParseAbort) -> Statement {
        let keyword = advance()
        requireTopLevel("on", at: keyword)
        var events: [Identifier] = []
        while peek().kind == .word, peek().keyword == nil {
            let token = advance()
            let name = text(of: token)
            guard isProcedureName(name), !name.utf8.contains(.minus) else {
                try fail("'\(name)' is not a valid event name: use letters, digits and '_'", at: span(of: token),
                         notes: ["write: on reply_received { … }"])
            }
            if events.contains(where: { $0.name == name }) {
                report("event '\(name)' is listed twice", at: span(of: token))
            }
            events.append(Identifier(name, span: span(of: token)))
        }
        let body = try parseBody(of: "on \(events.map(\.name).joined(separator: " "))")
        let declaration = EventHandlerDeclaration(events: events, body: body, documentation: documentation(above: keyword))
        return Statement(.eventHandler(declaration), span: span(from: keyword.start))
    }
}
