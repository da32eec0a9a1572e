import InstTransport

extension WebhookRegistration {
    /// Where deliveries go: `--public-url`, else this machine's server
    /// (`http://127.0.0.1:PORT/`).
    static func target(publicURL: String?, port: Int) -> String {
        publicURL ?? "http://127.0.0.1:\(port)/"
    }

    /// Why a webhook at `publicURL` (`nil`: this machine) cannot work against the Instantly at
    /// `instantlyBaseURL` (`nil`: the embedded simulator, in this process): Instantly on another
    /// machine cannot reach a loopback address. `nil` when it can.
    static func refusal(publicURL: String?, instantlyBaseURL: String?) -> String? {
        if let publicURL {
            guard TargetURL(url: publicURL) != nil else {
                return "--public-url must be an http:// or https:// URL (got \(publicURL))"
            }
        }
        guard let instantlyBaseURL, !isLoopback(instantlyBaseURL) else { return nil }
        guard isLoopback(publicURL ?? "http://127.0.0.1/") else { return nil }
        return """
            inst serve --register: Instantly (\(instantlyBaseURL)) cannot reach \(publicURL ?? "this machine's 127.0.0.1"); \
            expose the server through a tunnel and pass --public-url https://… (the tunnel's address)
            """
    }

    /// Whether `url`'s host is this machine (``TargetURL/isLoopback``).
    static func isLoopback(_ url: String) -> Bool {
        TargetURL(url: url)?.isLoopback == true
    }
}

extension Backend {
    /// The Instantly the backend's calls go to; `nil` for the embedded simulator (in this process).
    var instantlyBaseURL: String? {
        isSimulator ? nil : settings.credentials.effectiveBaseURLs[.instantly]
    }
}
