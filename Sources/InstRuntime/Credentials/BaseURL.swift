/// The check every configured base URL passes: `http(s)://…`, no user info (which could hold a
/// password), no spaces or control characters.
enum BaseURL {
    static func isValid(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && !url.contains("@")
            && url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
    }

    /// How a refused URL is quoted in a message (user info may hold a password: not shown).
    static func quoted(_ url: String) -> String {
        url.contains("@") ? "a URL with user info" : url
    }
}
