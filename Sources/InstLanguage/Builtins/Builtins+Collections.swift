/// `len`, `count`, `keys`, `values`, `contains` and `range`.
extension CoreBuiltins {
    static var collections: [CommandSpec] {
        [
            .builtin(
                "len",
                summary: "The length of a list, map or string",
                discussion: """
                    Lists count elements (a stream is read to the end), maps count keys, strings count \
                    characters.

                        len [1, 2, 3]      # 3
                        len "héllo"        # 5
                    """,
                parameters: [ParameterSpec("value", required: true, type: "list|map|string", help: "what to measure (the pipeline input)")]
            ) { call in
                try size(of: call.required("value"), call)
            },
            .builtin(
                "count",
                summary: "Count the elements a pipeline produces",
                discussion: """
                    The same as `len`, for the end of a pipeline: counts a list, stream, map or string.

                        $leads | where { $it.status == "active" } | count
                    """,
                parameters: [ParameterSpec("value", required: true, type: "list|map|string", help: "what to count (the pipeline input)")]
            ) { call in
                try size(of: call.required("value"), call)
            },
            .builtin(
                "keys",
                summary: "The keys of a map, in order",
                discussion: "    keys {a: 1, b: 2}     # [\"a\", \"b\"]",
                parameters: [mapParameter]
            ) { call in
                .list(try map(call).keys.map(Value.string))
            },
            .builtin(
                "values",
                summary: "The values of a map, in key order",
                discussion: "    values {a: 1, b: 2}   # [1, 2]",
                parameters: [mapParameter]
            ) { call in
                .list(try map(call).values)
            },
            .builtin(
                "contains",
                summary: "Whether a string, list or map contains an item",
                discussion: """
                    A string: whether `item` is a substring. A list: whether an element equals `item` \
                    (a stream is read only as far as the first match). A map: whether `item` is a key.

                        contains "hello" "ell"        # true
                        contains [1, 2] 2.0           # true
                        contains {a: 1} a             # true
                    """,
                parameters: [
                    ParameterSpec("value", required: true, type: "string|list|map", help: "where to look (the pipeline input)"),
                    ParameterSpec("item", required: true, type: "any", help: "what to look for"),
                ]
            ) { call in
                .bool(try contains(call.required("value"), try call.required("item"), call))
            },
            .builtin(
                "range",
                summary: "A lazy list of ints from start up to (not including) end",
                discussion: """
                    With one argument it is the end and the range starts at 0. `step` may be negative \
                    (then the range counts down to just above `end`); it cannot be 0. The numbers are \
                    produced as they are read, so large ranges cost nothing until used.

                        range 3            # [0, 1, 2]
                        range 1 10 3       # [1, 4, 7]
                        range 3 0 -1       # [3, 2, 1]
                    """,
                parameters: [
                    ParameterSpec("start", required: true, type: "int", help: "the first number (or the end, when alone)"),
                    ParameterSpec("end", type: "int", help: "where to stop (excluded)"),
                    ParameterSpec("step", type: "int", help: "the distance between numbers (default 1)"),
                ]
            ) { call in
                try range(call)
            },
        ]
    }

    private static var mapParameter: ParameterSpec {
        ParameterSpec("map", required: true, type: "map", help: "the map (the pipeline input)")
    }

    private static func map(_ call: Invocation) throws -> ValueMap {
        let value = try call.required("map")
        guard case .map(let map) = value else { throw call.typeError("map", expected: "a map", got: value) }
        return map
    }

    private static func size(of value: Value, _ call: Invocation) throws -> Value {
        switch value {
        case .string(let string): return .int(string.characterCount)
        case .list(let elements): return .int(elements.count)
        case .map(let map): return .int(map.count)
        case .stream:
            guard var reader = SequenceReader(value) else { return .int(0) }
            var count = 0
            try call.context.forEach(&reader) { _ in
                count += 1
                return true
            }
            return .int(count)
        default:
            throw call.typeError("value", expected: "a list, map or string", got: value)
        }
    }

    private static func contains(_ value: Value, _ item: Value, _ call: Invocation) throws -> Bool {
        switch value {
        case .string(let string):
            guard case .string(let part) = item else { throw call.typeError("item", expected: "a string", got: item) }
            return string.contains(part)
        case .map(let map):
            guard case .string(let key) = item else { throw call.typeError("item", expected: "a string key", got: item) }
            return map[key] != nil
        case .list(let elements):
            return elements.contains(item)
        case .stream:
            guard var reader = SequenceReader(value) else { return false }
            var found = false
            try call.context.forEach(&reader) { element in
                found = element == item
                return !found
            }
            return found
        default:
            throw call.typeError("value", expected: "a string, list or map", got: value)
        }
    }

    private static func range(_ call: Invocation) throws -> Value {
        let first = try call.int("start") ?? 0
        let end = try call.int("end")
        let (start, stop) = end.map { (first, $0) } ?? (0, first)
        let step = try call.int("step") ?? 1
        guard step != 0 else { throw call.error("`step` cannot be 0") }
        let next = StreamState<Int?>(start)
        return .stream(ValueStream {
            guard let current = next.value, step > 0 ? current < stop : current > stop else { return nil }
            let (advanced, overflow) = current.addingReportingOverflow(step)
            next.value = overflow ? nil : advanced
            return .int(current)
        })
    }
}
