extension Parser {
    /// `proc name(a, b = 1) { … }`, documented by the `#` lines directly above it.
    mutating func parseProcedure() throws(ParseAbort) -> Statement {
        let keyword = advance()
        requireTopLevel("proc", at: keyword)
        let nameToken = peek()
        let spelled = text(of: nameToken)
        guard nameToken.kind == .word, nameToken.keyword == nil else {
            try fail("expected a procedure name after 'proc', found \(describe(nameToken))")
        }
        guard isProcedureName(spelled) else {
            try fail("'\(spelled)' is not a valid procedure name: use letters, digits, '_' and '-'",
                     notes: spelled.utf8.contains(.dot) ? ["dotted names like lifecycle.launch come from modules (use)"] : [])
        }
        advance()
        let name = Identifier(spelled, span: span(of: nameToken))
        let parameters = try parseParameterList(of: spelled)
        let body = try parseBody(of: "proc")
        let declaration = ProcedureDeclaration(
            name: name, parameters: parameters, body: body, documentation: documentation(above: keyword))
        return Statement(.procedure(declaration), span: span(from: keyword.start))
    }

    func isProcedureName(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isNameStart else { return false }
        return text.utf8.allSatisfy { $0.isNameContinue || $0 == .minus }
    }

    /// `( a, b = <expr>, … )`
    private mutating func parseParameterList(of procedure: String) throws(ParseAbort) -> [ProcedureDeclaration.Parameter] {
        let paren = peek()
        guard paren.kind == .leftParen || paren.kind == .interpolationStart else {
            try fail("expected '(' after 'proc \(procedure)'", notes: ["write: proc \(procedure)(a, b = 1) { … }, or proc \(procedure)() { … }"])
        }
        advance()
        try open(.paren, at: paren)
        var parameters: [ProcedureDeclaration.Parameter] = []
        while peek().kind != .rightParen {
            let name = try parseDeclaredName(after: "proc \(procedure)(")
            if parameters.contains(where: { $0.name.name == name.name }) {
                report("duplicate parameter '\(name.name)'", at: name.span)
            }
            var defaultValue: Expression?
            if peek().kind == .assign {
                advance()
                defaultValue = try parseExpression()
            }
            parameters.append(ProcedureDeclaration.Parameter(name: name, defaultValue: defaultValue))
            guard peek().kind == .comma else { break }
            advance()
        }
        try close(.paren)
        return parameters
    }

    /// `param name` or `param name = <expr>`
    mutating func parseParam() throws(ParseAbort) -> Statement {
        let keyword = advance()
        requireTopLevel("param", at: keyword)
        let name = try parseDeclaredName(after: "param")
        var defaultValue: Expression?
        if peek().kind == .assign {
            advance()
            if endsStatement(peek()) { try fail("expected a default value after '='") }
            defaultValue = try parseExpression()
        }
        return Statement(.param(name: name, defaultValue: defaultValue), span: span(from: keyword.start))
    }

    /// `use lifecycle` or `use "./helpers.inst"`
    mutating func parseUse() throws(ParseAbort) -> Statement {
        let keyword = advance()
        requireTopLevel("use", at: keyword)
        let token = peek()
        let reference: ModuleReference
        if token.kind == .word, token.keyword == nil {
            advance()
            reference = .library(Identifier(text(of: token), span: span(of: token)))
        } else if let path = try parsePlainString() {
            reference = .file(path: path, span: span(from: token.start))
        } else {
            try fail("expected a module name or a quoted path after 'use'", notes: ["write: use lifecycle, or use \"./helpers.inst\""])
        }
        return Statement(.use(reference), span: span(from: keyword.start))
    }

    /// `require subject "item" …`
    mutating func parseRequire() throws(ParseAbort) -> Statement {
        let keyword = advance()
        requireTopLevel("require", at: keyword)
        let subjectToken = peek()
        guard subjectToken.kind == .word, subjectToken.keyword == nil else {
            try fail("expected what is required after 'require', found \(describe(subjectToken))",
                     notes: ["write: require instantly \"campaigns:read\", or require read \"leads.csv\""])
        }
        advance()
        let subject = Identifier(text(of: subjectToken), span: span(of: subjectToken))
        var items: [String] = []
        while !endsStatement(peek()) {
            guard let item = try parsePlainString() else {
                try fail("expected a quoted item after 'require \(subject.name)', found \(describe(peek()))",
                         notes: ["quote each item: require \(subject.name) \"\(text(of: peek()))\""])
            }
            items.append(item)
        }
        if items.isEmpty {
            try fail("'require \(subject.name)' needs at least one quoted item",
                     notes: ["write: require \(subject.name) \"…\""])
        }
        return Statement(.require(Requirement(subject: subject, items: items, span: span(from: keyword.start))),
                         span: span(from: keyword.start))
    }

    /// A `"…"` or `'…'` string without interpolation, or `nil` (nothing consumed) if the token is not a string.
    private mutating func parsePlainString() throws(ParseAbort) -> String? {
        let token = peek()
        guard token.kind == .stringStart || token.kind == .rawString else { return nil }
        let literal = try parsePrimary()
        guard case .string(let text) = literal.kind else {
            try fail("this string must be plain text, without $ interpolation", at: literal.span)
        }
        return text
    }

    mutating func requireTopLevel(_ keyword: String, at token: Token) {
        if openers.contains(where: { $0.kind == .block }) {
            report("'\(keyword)' is only allowed at the top level of a file, not inside a block", at: span(of: token))
        }
    }

    /// The `#` comment lines directly above the line of `keyword`, without the `#` and one space.
    func documentation(above keyword: Token) -> String? {
        let location = file.location(of: keyword.start)
        guard file.lineText(location.line).prefix(location.column - 1).allSatisfy({ $0 == " " || $0 == "\t" }) else {
            return nil
        }
        var lines: [Substring] = []
        var line = location.line - 1
        while line >= 1 {
            let text = file.lineText(line).drop { $0 == " " || $0 == "\t" }
            guard text.first == "#" else { break }
            var content = text.dropFirst()
            if content.first == " " { content = content.dropFirst() }
            lines.append(content)
            line -= 1
        }
        return lines.isEmpty ? nil : lines.reversed().joined(separator: "\n")
    }
}
