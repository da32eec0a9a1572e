/// One `name=value` pair of a query string. A name may repeat: `?tag=a&tag=b`.
public struct QueryItem: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension [QueryItem] {
    /// The items as a query string without the leading `?`: `tag=a&tag=b&q=a%20b`,
    /// in order, repeated names kept, names and values percent-encoded.
    public var percentEncoded: String {
        map { "\(PercentEncoding.encode($0.name))=\(PercentEncoding.encode($0.value))" }
            .joined(separator: "&")
    }
}
