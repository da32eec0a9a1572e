extension TableRenderer {
    /// A value arranged as named columns and rows of cells (`nil`: the row has no such key).
    struct Grid {
        private(set) var columns: [String] = []
        private(set) var rows: [[Value?]] = []

        init(_ value: Value) {
            switch value {
            case .list(let elements): addRows(elements)
            case .stream(let stream): addRows((try? stream.readAll()) ?? [])
            case .map(let map):
                columns = ["key", "value"]
                rows = map.entries.map { [.string($0.0), $0.1] }
            default:
                columns = ["value"]
                rows = [[value]]
            }
        }

        /// One row per element: maps spread over their keys' columns, other values go in `value`.
        private mutating func addRows(_ elements: [Value]) {
            var positions: [String: Int] = [:]
            func position(of column: String) -> Int {
                if let known = positions[column] { return known }
                positions[column] = columns.count
                columns.append(column)
                return columns.count - 1
            }
            var sparse: [[(Int, Value)]] = []
            sparse.reserveCapacity(elements.count)
            for element in elements {
                if case .map(let map) = element {
                    sparse.append(map.entries.map { (position(of: $0.0), $0.1) })
                } else {
                    sparse.append([(position(of: "value"), element)])
                }
            }
            rows = sparse.map { cells in
                var row = [Value?](repeating: nil, count: columns.count)
                for (column, value) in cells { row[column] = value }
                return row
            }
        }

        /// Whether the column holds numbers only (ignoring empty cells), so its header aligns right.
        func isNumeric(column: Int) -> Bool {
            var sawNumber = false
            for row in rows {
                switch row[column] {
                case nil, .null?: continue
                case .int?, .float?: sawNumber = true
                default: return false
                }
            }
            return sawNumber
        }

        static func isNumber(_ value: Value?) -> Bool {
            switch value {
            case .int?, .float?: true
            default: false
            }
        }
    }
}
