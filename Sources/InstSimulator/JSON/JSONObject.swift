/// A JSON object whose keys keep the order they were first set in.
public struct JSONObject: Sendable, Equatable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: JSON] = [:]

    public init() {}

    public init(_ pairs: [(String, JSON)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Setting a new key appends it; setting `nil` removes the key.
    public subscript(key: String) -> JSON? {
        get { storage[key] }
        set {
            guard let newValue else {
                if storage.removeValue(forKey: key) != nil { keys.removeAll { $0 == key } }
                return
            }
            if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
        }
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSON)> {
        var position = keys.makeIterator()
        let storage = storage
        return AnyIterator {
            guard let key = position.next(), let value = storage[key] else { return nil }
            return (key, value)
        }
    }

    /// Copies every field of `other` over this object's (a PATCH).
    public mutating func merge(_ other: JSONObject) {
        for (key, value) in other { self[key] = value }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage == rhs.storage
    }
}
