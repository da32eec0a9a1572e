/// Where the cursor is, found by a light scan of the line up to it: the partial word, and
/// whether that word starts a command, is an argument of one, or sits in an expression.
struct CompletionContext {
    enum Position: Equatable {
        /// Where a command name may go: statement start, after `|`, after `let x =`, inside `( `.
        case command
        /// An argument of `command`; `given` holds the parameter names already written.
        case argument(command: String, given: Set<String>)
        /// Inside a list, a condition, a comment: nothing to complete but variables.
        case expression
    }

    private struct Frame {
        var isList: Bool
        var tokens: [String] = []

        /// After `let` or `set` alone, where `=` ends the target (`let x=cmd`).
        var startsAssignment: Bool {
            tokens.count == 1 && (tokens[0] == "let" || tokens[0] == "set")
        }
    }

    private(set) var word = ""
    private(set) var position = Position.expression
    /// Inside a `"…"` string (only `$variables` complete there).
    private(set) var inString = false
    /// Inside a `'…'` string (nothing completes).
    private(set) var inRawString = false

    init(_ text: String) {
        var frames = [Frame(isList: false)]
        var current = ""
        var quote: Character?
        var escaped = false
        func endToken() {
            if !current.isEmpty { frames[frames.count - 1].tokens.append(current) }
            current = ""
        }
        for character in text {
            if let open = quote {
                current.append(character)
                if escaped { escaped = false } else if open == "\"" && character == "\\" { escaped = true } else if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                current.append(character)
            case "#" where current.isEmpty:
                return
            case " ", "\t", "\r":
                endToken()
            case "=" where frames[frames.count - 1].startsAssignment:
                current.append(character)
                endToken()
            case "|", ";", "\n":
                endToken()
                frames[frames.count - 1].tokens = []
            case "(", "{", "[":
                current = ""
                frames.append(Frame(isList: character == "["))
            case ")", "}", "]":
                endToken()
                if frames.count > 1 { frames.removeLast() }
                frames[frames.count - 1].tokens.append("…")
            default:
                current.append(character)
            }
        }
        if let open = quote {
            inString = open == "\""
            inRawString = open == "'"
            word = Self.trailingVariable(in: current)
            return
        }
        word = current
        if let frame = frames.last, !frame.isList {
            position = Self.position(after: frame.tokens)
        }
    }

    private static func position(after tokens: [String]) -> Position {
        var rest = tokens[...]
        if let first = rest.first, first == "let" || first == "set" {
            // `let x = cmd …`, `let x=cmd …`
            rest = rest.dropFirst()
            guard let target = rest.first else { return .expression }
            rest = rest.dropFirst()
            if target.hasSuffix("=") {
            } else if rest.first == "=" {
                rest = rest.dropFirst()
            } else {
                return .expression
            }
        } else if rest.first == "return" {
            rest = rest.dropFirst()
        }
        guard let command = rest.first else { return .command }
        guard CompletionCatalog.isCommandWord(command), !CompletionCatalog.keywords.contains(command) else {
            return .expression
        }
        var given = Set<String>()
        for token in rest.dropFirst() {
            if token.hasPrefix("--") {
                given.insert(String(token.dropFirst(2)))
            } else if let equals = token.firstIndex(of: "="), CompletionCatalog.isCommandWord(String(token[..<equals])) {
                given.insert(String(token[..<equals]))
            }
        }
        return .argument(command: command, given: given)
    }

    /// `$name` at the end of the text inside a string, or empty.
    private static func trailingVariable(in text: String) -> String {
        guard let dollar = text.lastIndex(of: "$") else { return "" }
        let name = text[text.index(after: dollar)...]
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? String(text[dollar...]) : ""
    }
}
