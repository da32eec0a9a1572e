/// The REPL's prompts. The primary one names the run mode and backend once they exist
/// (`inst[dry-run·sim]> `); the continuation prompt shows an entry is still open.
struct ReplPrompt: Sendable {
    /// `dry-run` or `live`; `nil` while there is no API backend.
    var mode: String?
    /// `sim`, `http`; `nil` while there is no API backend.
    var backend: String?

    static let continuation = "...> "

    var primary: String {
        let tags = [mode, backend].compactMap { $0 }
        return tags.isEmpty ? "inst> " : "inst[\(tags.joined(separator: "·"))]> "
    }
}
