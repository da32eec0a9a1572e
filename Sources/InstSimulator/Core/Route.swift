import InstTransport

/// One operation the simulator answers: method, path pattern, the scopes of which any one allows
/// it, and the handler that reads and changes the workspace.
public struct Route<State>: Sendable {
    public typealias Handler = @Sendable (inout State, SimRequest) throws(SimError) -> SimResponse

    public let method: HTTPMethod
    /// `/api/v2/campaigns/{id}/activate`, split on `/`.
    let segments: [Segment]
    public let pattern: String
    /// Any one of these lets a scoped key call it; empty lets every key.
    public let scopes: [String]
    public let handler: Handler

    enum Segment: Sendable, Equatable {
        case literal(Substring)
        case parameter(String)
    }

    public init(_ method: HTTPMethod, _ pattern: String, scopes: [String], handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.scopes = scopes
        self.handler = handler
        self.segments = pattern.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(part)
        }
    }

    var parameterCount: Int {
        segments.count { if case .parameter = $0 { true } else { false } }
    }

    /// `GET /api/v2/campaigns/{}`: the route's method and shape, whatever its parameters are named.
    var shapeKey: String {
        Self.shapeKey(method.rawValue, pattern)
    }

    static func shapeKey(_ method: String, _ pattern: String) -> String {
        let parts = pattern.split(separator: "/").map { $0.hasPrefix("{") ? "{}" : $0 }
        return method + " /" + parts.joined(separator: "/")
    }

    /// The path parameters when `path` matches the pattern (ignoring the method), else `nil`.
    func match(_ path: [Substring]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, path) {
            switch segment {
            case .literal(let literal): if literal != part { return nil }
            case .parameter(let name): parameters[name] = String(part).removingPercentEncoding
            }
        }
        return parameters
    }
}

extension String {
    /// `%20` → space; invalid escapes are kept as written.
    var removingPercentEncoding: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            let high = iterator.next(), low = iterator.next()
            if let high, let low, let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
                if let high { bytes.append(high) }
                if let low { bytes.append(low) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
