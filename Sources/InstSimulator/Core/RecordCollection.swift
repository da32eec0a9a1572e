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

    /// A page after the record with id `cursor` (from the start when `nil`), and the cursor of the next
    /// page when more records follow: `{items, next_starting_after}` pagination.
    public func page(of records: [JSONObject], after cursor: String?, limit: Int, id: (JSONObject) -> String?) -> (items: [JSONObject], next: String?) {
        var start = 0
        if let cursor, let position = records.firstIndex(where: { id($0) == cursor }) { start = position + 1 }
        let end = start + min(max(0, limit), records.count - start)
        guard start < end else { return ([], nil) }
        let items = Array(records[start..<end])
        return (items, end < records.count ? items.last.flatMap(id) : nil)
    }
}
