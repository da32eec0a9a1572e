/// A line the REPL handles itself rather than evaluating.
enum ReplEntryCommand: Equatable {
    case help(String?)
    case exit

    init?(_ line: String) {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        switch (words.first, words.count) {
        case ("exit", 1): self = .exit
        case ("help", 1): self = .help(nil)
        case ("help", 2): self = .help(words[1])
        default: return nil
        }
    }
}
