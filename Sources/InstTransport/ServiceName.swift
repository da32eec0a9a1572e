/// Which remote service a request is for: the key for credentials, base URLs, rate governors and audit.
public struct ServiceName: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Instantly API v2.
    public static let instantly = ServiceName(rawValue: "instantly")
    /// GoHighLevel (LeadConnector API v2).
    public static let highLevel = ServiceName(rawValue: "ghl")

    public var description: String { rawValue }
}
