/// The stages that look at a whole list (or its ends): `sort-by`, `first`, `last`, `sum`, `group-by`.
extension CoreBuiltins {
    static var aggregates: [CommandSpec] {
        [
            .builtin(
                "sort-by",
                summary: "Sort rows by a field, a block's result, or their own value",
                discussion: """
                    The sort is stable: rows with equal keys keep their order. null sorts first; values of \
                    different types sort by type name (bool, numbers, list, map, proc, string). \
                    `--desc` reverses the order.

                        $campaigns | sort-by sent --desc
                        [3, 1, 2] | sort-by           # [1, 2, 3]
                        $leads | sort-by { len $it.email }
                    """,
                parameters: [
                    .list(),
                    .key(help: "sort by this field or block result (default: the elements themselves)"),
                    ParameterSpec("desc", .flag, type: "bool", help: "largest first"),
                ]
            ) { call in
                let elements = try call.elements("list")
                let keys = try call.keys(call.rowKey("field"), of: elements)
                let descending = call.flag("desc")
                let order = elements.indices.sorted { left, right in
                    let comparison = Value.sortOrder(keys[left], keys[right])
                    if comparison != 0 { return descending ? comparison > 0 : comparison < 0 }
                    return left < right
                }
                return .list(order.map { elements[$0] })
            },
            .builtin(
                "first",
                summary: "The first element, or the first N as a list",
                discussion: """
                    Without N, gives the first element itself (null when there is none). Reads only as \
                    many elements of a stream as it returns, so `instantly.leads.list | first 5` fetches \
                    one page.

                        [1, 2, 3] | first       # 1
                        [1, 2, 3] | first 2     # [1, 2]
                    """,
                parameters: [.list(), count("how many to take (gives a list)")]
            ) { call in
                var reader = try call.sequence("list")
                guard let count = try call.int("n") else { return try reader.next() ?? .null }
                guard count >= 0 else { throw call.error("`n` cannot be negative") }
                var taken: [Value] = []
                if count > 0 {
                    try call.context.forEach(&reader) { element in
                        taken.append(element)
                        try call.context.checkCount(taken.count)
                        return taken.count < count
                    }
                }
                return .list(taken)
            },
            .builtin(
                "last",
                summary: "The last element, or the last N as a list",
                discussion: """
                    Without N, gives the last element itself (null when there is none). Reads the whole \
                    list, keeping only what it returns.

                        [1, 2, 3] | last        # 3
                        [1, 2, 3] | last 2      # [2, 3]
                    """,
                parameters: [.list(), count("how many to take (gives a list)")]
            ) { call in
                let count = try call.int("n")
                guard (count ?? 1) >= 0 else { throw call.error("`n` cannot be negative") }
                let kept = max(count ?? 1, 0)
                var reader = try call.sequence("list")
                var tail: [Value] = []
                try call.context.forEach(&reader) { element in
                    tail.append(element)
                    try call.context.checkCount(tail.count)
                    if tail.count > 2 * kept + 64 { tail.removeFirst(tail.count - kept) }
                    return true
                }
                let suffix = Array(tail.suffix(kept))
                guard count != nil else { return suffix.first ?? .null }
                return .list(suffix)
            },
            .builtin(
                "sum",
                summary: "Add up numbers, or a field of each row",
                discussion: """
                    Ints give an int (overflow is an error); any float makes the total a float. null \
                    values are skipped; the sum of nothing is 0.

                        [1, 2, 3] | sum               # 6
                        $campaigns | sum sent
                    """,
                parameters: [.list(), .key(help: "add this field or block result of each row")]
            ) { call in
                try sum(call)
            },
            .builtin(
                "group-by",
                summary: "Group rows by a field into a map of lists",
                discussion: """
                    The map's keys are the field values as strings (as `str` gives them), in the order \
                    first seen; each value is the list of rows with that key, in order.

                        $leads | group-by status      # {active: [...], bounced: [...]}
                    """,
                parameters: [.list(), .key(required: true, help: "group by this field or block result")]
            ) { call in
                try groups(call)
            },
        ]
    }

    private static func count(_ help: String) -> ParameterSpec {
        ParameterSpec("n", type: "int", help: help)
    }

    private static func sum(_ call: Invocation) throws -> Value {
        let key = try call.rowKey("field")
        var reader = try call.sequence("list")
        var intTotal = 0
        var floatTotal: Double? = nil
        try call.context.forEach(&reader) { row in
            let value = try call.key(key, of: row)
            switch value {
            case .null: break
            case .int(let number):
                if let total = floatTotal {
                    floatTotal = total + Double(number)
                } else {
                    let (total, overflow) = intTotal.addingReportingOverflow(number)
                    if overflow { throw call.error("integer overflow", hint: "convert to float first: sum { float $it }") }
                    intTotal = total
                }
            case .float(let number):
                floatTotal = (floatTotal ?? Double(intTotal)) + number
            default:
                throw call.error("cannot add \(value.typeWithArticle) (\(value.formattedLiteral())); sum adds numbers")
            }
            return true
        }
        return floatTotal.map(Value.float) ?? .int(intTotal)
    }

    private static func groups(_ call: Invocation) throws -> Value {
        let key = try call.rowKey("field")
        var reader = try call.sequence("list")
        var order: [String] = []
        var rows: [String: [Value]] = [:]
        try call.context.forEach(&reader) { row in
            let name = try call.context.materialize(call.key(key, of: row)).formatted()
            if rows[name] == nil {
                order.append(name)
                try call.context.checkCount(order.count)
            }
            rows[name, default: []].append(row)
            return true
        }
        return .map(ValueMap(order.map { ($0, .list(rows[$0] ?? [])) }))
    }
}
