/// The stages that take a block or a field: `where`, `map`, `each`, `select`, `uniq`.
extension CoreBuiltins {
    static var pipeline: [CommandSpec] {
        [
            .builtin(
                "where",
                summary: "Keep the rows for which a block is true",
                discussion: """
                    Runs the block with each row as `$it` and keeps the rows where it gives a true \
                    value. Over a stream the result is a stream too, read only as far as needed.

                        $campaigns | where { $it.sent > 0 and $it.status == "active" }
                    """,
                parameters: [.list(), block("the condition, with the row as $it")]
            ) { call in
                let block = try call.callable("block")
                return try call.transformElements { row in
                    try call.context.call(block, with: row).isTruthy ? row : Value?.none
                }
            },
            .builtin(
                "map",
                summary: "Replace each element with a block's result",
                discussion: """
                    Runs the block with each element as `$it`; the results form the new list (a stream \
                    over a stream).

                        $campaigns | map { $it.name }        # ["05A", "05B"]
                    """,
                parameters: [.list(), block("computes the new element from $it")]
            ) { call in
                let block = try call.callable("block")
                return try call.transformElements { element in try call.context.call(block, with: element) }
            },
            .builtin(
                "each",
                summary: "Run a block for every element",
                discussion: """
                    For side effects: runs the block with each element as `$it`. Returns null.

                        $leads | each { print $it.email }
                    """,
                parameters: [.list(), block("runs once per element, with it as $it")]
            ) { call in
                let block = try call.callable("block")
                var reader = try call.sequence("list")
                try call.context.forEach(&reader) { element in
                    _ = try call.context.call(block, with: element)
                    return true
                }
                return .null
            },
            .builtin(
                "select",
                summary: "Keep only some fields of each row",
                discussion: """
                    Each row becomes a map with just the named fields, in the order given (a missing \
                    field is null). Given one map, selects from it. Dotted names read nested fields; a \
                    list of names counts as those names.

                        $campaigns | select name sent | table
                    """,
                parameters: [
                    ParameterSpec("list", required: true, type: "list|map", help: "the rows, or one map (the pipeline input)"),
                    ParameterSpec("fields", .rest, required: true, type: "string", help: "the field names to keep"),
                ]
            ) { call in
                let fields = try call.rest("fields").flatMap { field in
                    // A list of names (`select $columns`) counts as those names.
                    if case .list(let names) = field { return names }
                    return [field]
                }.map { field in
                    guard case .string(let name) = field else { throw call.typeError("fields", expected: "field names", got: field) }
                    return name
                }
                guard !fields.isEmpty else { throw call.error("name at least one field", hint: "select name status") }
                let project = { (row: Value) throws -> Value in
                    .map(ValueMap(try fields.map { ($0, try call.field($0, of: row)) }))
                }
                let input = try call.required("list")
                if case .map = input { return try project(input) }
                return try call.transformElements(project)
            },
            .builtin(
                "uniq",
                summary: "Drop repeated elements, keeping the first of each",
                discussion: """
                    Compares whole elements, or the given field or block result (values compare as `==` \
                    does: 1 and 1.0 are the same). Over a stream the result is a stream.

                        [3, 1, 3, 2, 1] | uniq          # [3, 1, 2]
                        $leads | uniq email
                    """,
                parameters: [.list(), .key(help: "compare this field (or block result) instead of whole rows")]
            ) { call in
                let key = try call.rowKey("field")
                let seen = StreamState(Set<HashableValue>())
                return try call.transformElements { row in
                    seen.value.insert(HashableValue(try call.key(key, of: row))).inserted ? row : Value?.none
                }
            },
        ]
    }

    private static func block(_ help: String) -> ParameterSpec {
        ParameterSpec("block", required: true, type: "block", help: help)
    }
}
