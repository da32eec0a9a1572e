/// The result of completing the word before the cursor.
public struct Completion: Equatable, Sendable {
    /// The partial word before the cursor that the candidates would replace.
    public var word: String
    /// Full replacements for ``word``, sorted.
    public var candidates: [String]

    /// Whether a space follows a completed word (not inside a string).
    public var appendsSpace: Bool

    public init(word: String, candidates: [String], appendsSpace: Bool = true) {
        self.word = word
        self.candidates = candidates
        self.appendsSpace = appendsSpace
    }

    /// What to insert at the cursor: the rest of the only candidate (and a space once a word is
    /// complete), or the longest extension all candidates share.
    public var insertion: String {
        guard let first = candidates.first else { return "" }
        if candidates.count == 1 {
            let rest = String(first.dropFirst(word.count))
            let open = first.hasSuffix(".") || first.hasSuffix("=")
            return open || !appendsSpace ? rest : rest + " "
        }
        let shared = candidates.dropFirst().reduce(first) { $0.sharedPrefix(with: $1) }
        return String(shared.dropFirst(word.count))
    }
}

/// Tab completion for the REPL: command names a segment at a time (`instantly.<TAB>`), the
/// `name=` arguments and `--flags` of the command being typed, and `$variables`.
public struct Completer {
    public var catalog: CompletionCatalog

    public init(catalog: CompletionCatalog) {
        self.catalog = catalog
    }

    /// Completes the word that ends at the end of `text` (the line up to the cursor).
    public func complete(_ text: String) -> Completion {
        let context = CompletionContext(text)
        let word = context.word
        if context.inRawString { return Completion(word: word, candidates: []) }
        if word.hasPrefix("$") {
            let variables = matches(catalog.variables.map { "$" + $0 }, word)
            return Completion(word: word, candidates: variables, appendsSpace: !context.inString)
        }
        if context.inString { return Completion(word: word, candidates: []) }
        switch context.position {
        case .command:
            return Completion(word: word, candidates: commandCandidates(word))
        case .argument(let commandName, let given):
            return Completion(word: word, candidates: argumentCandidates(word, commandName: commandName, given: given))
        case .expression:
            return Completion(word: word, candidates: [])
        }
    }

    private func commandCandidates(_ word: String) -> [String] {
        var found = Set<String>()
        for name in catalog.commands.keys where name.hasPrefix(word) {
            let rest = name.dropFirst(word.count)
            if let dot = rest.firstIndex(of: ".") {
                found.insert(String(name[..<dot]) + ".")
            } else {
                found.insert(name)
            }
        }
        if !word.contains(".") {
            found.formUnion(catalog.statementWords.filter { $0.hasPrefix(word) })
        }
        return found.sorted()
    }

    private func argumentCandidates(_ word: String, commandName: String, given: Set<String>) -> [String] {
        if commandName == "help" { return commandCandidates(word) }
        guard let command = catalog.commands[commandName] else { return [] }
        if word.hasPrefix("-") {
            return matches(command.flags.filter { !given.contains($0) }.map { "--" + $0 }, word)
        }
        return matches(command.parameters.filter { !given.contains($0) }.map { $0 + "=" }, word)
    }

    private func matches(_ options: [String], _ word: String) -> [String] {
        Array(Set(options.filter { $0.hasPrefix(word) })).sorted()
    }
}

extension String {
    fileprivate func sharedPrefix(with other: String) -> String {
        String(zip(self, other).prefix { $0 == $1 }.map(\.0))
    }
}
