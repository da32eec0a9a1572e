/// A resource's records in creation order, by id.
public struct RecordCollection: Sendable {
    public private(set) var ids: [String] = []
    private var records: [String: JSONObject] = [:]

    public init() {}

    public var count: Int { ids.count }

    public subscript(id: String) -> JSONObject? {
        get { records[id] }
        set {
            guard let newValue else {
                if records.removeValue(forKey: id) != nil { ids.removeAll { $0 == id } }
                return
            }
            if records.updateValue(newValue, forKey: id) == nil { ids.append(id) }
        }
    }

    /// Every record in creation order.
    public var all: [JSONObject] {
        ids.compactMap { records[$0] }
    }
}
