/// An operation's path as the catalog and the audit log name it: `/api/v2/campaigns/{id}/activate`.
public struct PathTemplate: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { rawValue }

    /// The concrete path with each `{name}` replaced by its percent-encoded value, so a value
    /// can never add a path segment.
    ///
    /// Throws ``TransportError/invalidRequest(_:)`` for a placeholder with no value or an empty
    /// one: `DELETE /leads/{id}` with an empty id would otherwise name the whole collection.
    public func expanded(with values: [String: String]) throws(TransportError) -> String {
        var path = ""
        var rest = rawValue[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = values[name], !value.isEmpty else {
                throw .invalidRequest("\(rawValue) needs a non-empty value for {\(name)}")
            }
            path += rest[..<open] + PercentEncoding.encode(value)
            rest = rest[rest.index(after: close)...]
        }
        return path + rest
    }
}
