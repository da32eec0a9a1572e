import InstTransport

/// The keys and endpoints inst uses. They come from a configuration profile (see ``Profile``)
/// and from the environment, which wins — never from command-line flags, which would sit in
/// shell history and `ps`:
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

        /// Each service with its variables.
        public static let all: [(ServiceName, Variables)] = [(.instantly, .instantly), (.highLevel, .highLevel)]
    }

    /// The variable naming the GoHighLevel location (sub-account).
    public static let locationVariable = "GHL_LOCATION_ID"

    /// The bearer token per service that has one.
    public var tokens: [ServiceName: Secret]
    /// The base URL per service that sets one; others use the service's public URL.
    public var baseURLs: [ServiceName: String]
    /// The GoHighLevel location (sub-account) id, `GHL_LOCATION_ID`.
    public var highLevelLocationID: String?

    public init(tokens: [ServiceName: Secret] = [:], baseURLs: [ServiceName: String] = [:], highLevelLocationID: String? = nil) {
        self.tokens = tokens
        self.baseURLs = baseURLs
        self.highLevelLocationID = highLevelLocationID
    }

    /// Reads every service's settings from `environment` alone; an empty variable counts as unset.
    public static func load(from environment: [String: String]) throws(CredentialError) -> Credentials {
        try load(from: environment, profile: nil).credentials
    }

    /// The key source `environment` sets for a service, if any.
    static func keySource(_ variables: Variables, in environment: [String: String]) throws(CredentialError) -> KeySource? {
        switch (value(variables.key, in: environment), value(variables.keyFile, in: environment)) {
        case (nil, nil): nil
        case (let key?, nil): .value(Secret(key), origin: variables.key)
        case (nil, let path?): .file(path, origin: variables.keyFile)
        case (_?, _?): throw .ambiguous(variable: variables.key, fileVariable: variables.keyFile)
        }
    }

    /// The base URL `environment` sets for a service, checked.
    static func baseURL(_ variables: Variables, in environment: [String: String]) throws(CredentialError) -> String? {
        guard let url = value(variables.baseURL, in: environment) else { return nil }
        guard BaseURL.isValid(url) else { throw .invalidBaseURL(variable: variables.baseURL, value: BaseURL.quoted(url)) }
        return url
    }

    /// A variable's value; empty or blank counts as unset.
    static func value(_ name: String, in environment: [String: String]) -> String? {
        guard let value = environment[name], !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}
