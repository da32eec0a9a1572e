/// The REPL's prompts. The primary one names the run mode and the backend
/// (`inst[dry-run·sim]> `, `inst[LIVE·http]> `); the continuation prompt shows an entry is still open.
struct ReplPrompt: Sendable {
    /// `dry-run` or `live`.
    var mode: String
    /// `sim` or `http`.
    var backend: String

    static let continuation = "...> "

    /// Live is shouted: it is the mode in which entries change a workspace.
    var primary: String {
        "inst[\(mode == "live" ? "LIVE" : mode)·\(backend)]> "
    }
}
