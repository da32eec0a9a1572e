import InstLanguage

extension OperationBinding {
    /// How many characters of a field's description its help line keeps.
    static let helpLength = 100

    static func parameterSpec(for slot: Slot, in operation: APIOperation) -> ParameterSpec {
        switch slot.destination {
        case .path:
            let parameter = operation.pathParameters.first { $0.name == slot.name }
            return ParameterSpec(slot.name, .positional, required: true, type: slot.schema.helpType,
                                 help: summary(parameter?.description ?? ""))
        case .query:
            let parameter = operation.queryParameters.first { $0.name == slot.name }
            let repeats = parameter?.isList == true ? "(repeats: \(slot.name)=a&\(slot.name)=b)" : ""
            return ParameterSpec(slot.name, .named, required: parameter?.isRequired ?? false, type: slot.schema.helpType,
                                 help: helpText([summary(parameter?.description ?? ""), repeats], separator: " "))
        case .bodyField:
            // Not required to the resolver: a required field may come in `body=` instead.
            let required = operation.body?.schema.required.contains(slot.name) == true ? "required" : ""
            return ParameterSpec(slot.name, .named, type: slot.schema.helpType,
                                 help: helpText([required, summary(slot.schema.description ?? "")], separator: ". "))
        case .wholeBody:
            return ParameterSpec(slot.name, .named, type: "map",
                                 help: "the whole JSON body; named fields override its fields")
        }
    }

    /// The help `help NAME` shows below the parameters: the request line, the scopes, paging,
    /// the spec's description and the service's laws.
    public var discussion: String {
        var lines = ["\(operation.method) \(operation.path)"]
        if !operation.scopes.isEmpty {
            let inferred = operation.scopesAreInferred ? "; inferred: the spec names none" : ""
            lines.append("scopes: " + operation.scopes.joined(separator: ", ") + " (any one\(inferred))")
        }
        if let paging {
            let size = defaultPageSize.map { " (at most \($0), the default)" } ?? ""
            lines.append("streams its results, one page at a time as they are read, following "
                + "`\(paging.nextCursorField)`; `\(paging.limitParameter)` is the page size\(size)")
        }
        if !operation.discussion.isEmpty { lines += ["", operation.discussion] }
        let fields = innerFieldListing
        if !fields.isEmpty { lines += ["", "fields inside the parameters:"] + fields }
        let laws = service.laws(for: operation)
        if !laws.isEmpty { lines += ["", "laws:"] + laws.map { "  " + $0 } }
        return lines.joined(separator: "\n")
    }

    /// The parts of a help line that say something, joined: no stray separators around empty ones.
    static func helpText(_ parts: [String], separator: String) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// The first sentence of `text`, cut to ``helpLength`` characters.
    static func summary(_ text: String) -> String {
        // One pass over the UTF-8 bytes: this runs for every parameter of every operation at start-up.
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start != utf8.endIndex, utf8[start] == UInt8(ascii: "\n") { utf8.formIndex(after: &start) }
        var end = start
        var dot: String.Index?
        while end != utf8.endIndex, utf8[end] != UInt8(ascii: "\n") {
            if let period = dot, utf8[end] == UInt8(ascii: " ") {
                end = period
                break
            }
            dot = utf8[end] == UInt8(ascii: ".") ? end : nil
            utf8.formIndex(after: &end)
        }
        let sentence = text[start..<end]
        return sentence.count > helpLength ? String(sentence.prefix(helpLength - 1)) + "…" : String(sentence)
    }
}
