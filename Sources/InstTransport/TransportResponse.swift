/// A service's answer: any HTTP status, its headers and its body bytes.
public struct TransportResponse: Sendable, Equatable {
    public var status: Int
    public var headers: HeaderFields
    public var body: [UInt8]

    public init(status: Int, headers: HeaderFields = HeaderFields(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body decoded as UTF-8, invalid bytes replaced.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
