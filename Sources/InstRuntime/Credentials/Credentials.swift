import InstTransport

/// The keys and endpoints inst uses, read from the environment (never from command-line flags,
/// which would sit in shell history and `ps`):
///
/// - Instantly: `INSTANTLY_API_KEY` or `INSTANTLY_API_KEY_FILE`, and `INSTANTLY_BASE_URL`;
/// - GoHighLevel: `GHL_TOKEN` or `GHL_TOKEN_FILE`, `GHL_LOCATION_ID` and `GHL_BASE_URL`.
///
/// Keys are held as ``Secret``s: printing credentials shows `<redacted>`.
public struct Credentials: Sendable, Equatable {
    /// Where one service's settings come from.
    public struct Variables: Sendable, Equatable {
        public var key: String
        public var keyFile: String
        public var baseURL: String

        public static let instantly = Variables(key: "INSTANTLY_API_KEY", keyFile: "INSTANTLY_API_KEY_FILE", baseURL: "INSTANTLY_BASE_URL")
        public static let highLevel = Variables(key: "GHL_TOKEN", keyFile: "GHL_TOKEN_FILE", baseURL: "GHL_BASE_URL")
    }

    /// The bearer token per service that has one.
    public var tokens: [ServiceName: Secret]
    /// The base URL per service whose variable is set; others use the service's public URL.
    public var baseURLs: [ServiceName: String]
    /// The GoHighLevel location (sub-account) id, `GHL_LOCATION_ID`.
    public var highLevelLocationID: String?

    public init(tokens: [ServiceName: Secret] = [:], baseURLs: [ServiceName: String] = [:], highLevelLocationID: String? = nil) {
        self.tokens = tokens
        self.baseURLs = baseURLs
        self.highLevelLocationID = highLevelLocationID
    }

    /// Reads every service's settings from `environment`; an empty variable counts as unset.
    public static func load(from environment: [String: String]) throws(CredentialError) -> Credentials {
        var credentials = Credentials()
        for (service, variables) in [(ServiceName.instantly, Variables.instantly), (.highLevel, .highLevel)] {
            credentials.tokens[service] = try token(variables, in: environment)
            credentials.baseURLs[service] = try baseURL(variables, in: environment)
        }
        credentials.highLevelLocationID = value("GHL_LOCATION_ID", in: environment)
        return credentials
    }

    private static func token(_ variables: Variables, in environment: [String: String]) throws(CredentialError) -> Secret? {
        let direct = value(variables.key, in: environment)
        let file = value(variables.keyFile, in: environment)
        let key: String
        switch (direct, file) {
        case (nil, nil): return nil
        case (let direct?, nil): key = direct.trimmingWhitespace()
        case (nil, let path?): key = try KeyFile.read(path, variable: variables.keyFile)
        case (_?, _?): throw .ambiguous(variable: variables.key, fileVariable: variables.keyFile)
        }
        guard !key.isEmpty else { return nil }
        guard key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
            throw .malformedKey(variable: direct == nil ? variables.keyFile : variables.key)
        }
        return Secret(key)
    }

    private static func baseURL(_ variables: Variables, in environment: [String: String]) throws(CredentialError) -> String? {
        guard let url = value(variables.baseURL, in: environment) else { return nil }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), !url.contains("@"),
              url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else {
            throw .invalidBaseURL(variable: variables.baseURL, value: url.contains("@") ? "a URL with user info" : url)
        }
        return url
    }

    private static func value(_ name: String, in environment: [String: String]) -> String? {
        guard let value = environment[name], !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }
}
