/// A line the REPL handles itself rather than evaluating.
enum ReplEntryCommand: Equatable {
    case help(String?)
    case exit
    /// `live`: send writes from now on (after confirmation).
    case live
    /// `dry-run`: plan writes from now on.
    case dryRun

    init?(_ line: String) {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        switch (words.first, words.count) {
        case ("exit", 1): self = .exit
        case ("help", 1): self = .help(nil)
        case ("help", 2): self = .help(words[1])
        case ("live", 1): self = .live
        case ("dry-run", 1): self = .dryRun
        default: return nil
        }
    }

    /// The words the REPL completes at the start of an entry.
    static let words = ["help", "exit", "live", "dry-run"]
}
