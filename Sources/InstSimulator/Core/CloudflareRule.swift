import InstTransport

/// Law 1: Instantly sits behind Cloudflare, whose browser integrity check answers 403
/// "error code: 1010" to a request without a User-Agent or with a bare HTTP library's default
/// (`Python-urllib/3.11`, `python-requests/2.31`, `Go-http-client/1.1`, `okhttp/4.12`, `Java/17`).
/// Browsers and clients that name themselves (`instantlyai-python/0.7.0`, `curl/8.5`, `inst/0.3`) pass.
enum CloudflareRule {
    /// Product names of library defaults: a User-Agent made only of these is refused.
    static let libraryDefaults: Set<String> = [
        "python-urllib", "python-requests", "go-http-client", "okhttp", "java", "python-httpx", "python", "aiohttp",
    ]

    /// Throws the 1010 answer when `headers` carry no acceptable User-Agent.
    static func check(_ headers: HeaderFields) throws(SimError) {
        let agent = headers["User-Agent"] ?? ""
        let products = agent.split(separator: " ").map { $0.split(separator: "/").first.map { $0.lowercased() } ?? "" }
        guard products.isEmpty || products.allSatisfy(libraryDefaults.contains) else { return }
        var error = SimError(status: 403, message: "error code: 1010")
        error.plainText = "error code: 1010"
        throw error
    }
}
