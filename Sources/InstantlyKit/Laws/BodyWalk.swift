import APISchema
import InstLanguage

/// Visits the strings of a request body with their field names, schemas and paths
/// (`body.campaign_schedule.schedules[0].timezone`), following the schema as deep as it goes.
/// Bounded by the body's own size; never reads a stream.
enum BodyWalk {
    /// One string found: the key it is under (the nearest map key), its schema, its path, and the
    /// key of the map holding it (`body` for `body.html`).
    struct Visit {
        var key: String
        var parentKey: String
        var text: String
        var schema: JSONSchema?
        var path: String
    }

    static func strings(in value: Value, schema: JSONSchema?, path: String = "body", _ visit: (Visit) throws -> Void) rethrows {
        try walk(value, schema: schema, key: "", parentKey: "", path: path, depth: 0, visit)
    }

    private static func walk(
        _ value: Value, schema: JSONSchema?, key: String, parentKey: String, path: String, depth: Int,
        _ visit: (Visit) throws -> Void
    ) rethrows {
        guard depth < 64 else { return }
        switch value {
        case .string(let text):
            try visit(Visit(key: key, parentKey: parentKey, text: text, schema: schema, path: path))
        case .list(let elements):
            for (position, element) in elements.enumerated() {
                try walk(element, schema: schema?.items, key: key, parentKey: parentKey, path: "\(path)[\(position)]", depth: depth + 1, visit)
            }
        case .map(let map):
            for (name, field) in map.entries {
                try walk(field, schema: schema.flatMap { fieldSchema(name, in: $0) }, key: name, parentKey: key,
                         path: "\(path).\(name)", depth: depth + 1, visit)
            }
        default:
            return
        }
    }

    /// The schema of field `name` inside `schema`, looking into `anyOf`/`oneOf` forms too.
    static func fieldSchema(_ name: String, in schema: JSONSchema) -> JSONSchema? {
        if let direct = schema.property(name) { return direct }
        if case .schema(let other) = schema.additionalProperties { return other }
        for form in schema.anyOf + schema.oneOf {
            if let found = fieldSchema(name, in: form) { return found }
        }
        return nil
    }

    /// The value at a violation path: relative to the body (`campaign_schedule.schedules[0].timezone`),
    /// or under `body.`, or a query parameter's (`timezone`).
    static func value(at path: String, in call: APICall) -> Value? {
        let segments = segments(of: path)
        guard case .key(let first)? = segments.first else { return nil }
        if let body = call.body {
            if let found = descend(body, segments[...]) { return found }
            if first == "body", let found = descend(body, segments.dropFirst()) { return found }
        }
        return call.query[first].flatMap { descend($0, segments.dropFirst()) }
    }

    private static func descend(_ value: Value, _ segments: ArraySlice<Segment>) -> Value? {
        var current = value
        for segment in segments {
            switch (segment, current) {
            case (.key(let name), .map(let map)):
                guard let next = map[name] else { return nil }
                current = next
            case (.index(let position), .list(let elements)):
                guard elements.indices.contains(position) else { return nil }
                current = elements[position]
            default:
                return nil
            }
        }
        return current
    }

    /// The schema at a violation path, resolved as ``value(at:in:)`` resolves the value.
    static func schema(at path: String, in operation: APIOperation) -> JSONSchema? {
        let segments = segments(of: path)
        guard case .key(let first)? = segments.first else { return nil }
        if let body = operation.body?.schema {
            if let found = descend(body, segments[...]) { return found }
            if first == "body", let found = descend(body, segments.dropFirst()) { return found }
        }
        let parameter = (operation.queryParameters + operation.pathParameters).first { $0.name == first }
        return parameter.flatMap { descend($0.schema, segments.dropFirst()) }
    }

    private static func descend(_ schema: JSONSchema, _ segments: ArraySlice<Segment>) -> JSONSchema? {
        var current = schema
        for segment in segments {
            switch segment {
            case .key(let name):
                guard let next = fieldSchema(name, in: current) else { return nil }
                current = next
            case .index:
                guard let next = current.items else { return nil }
                current = next
            }
        }
        return current
    }

    enum Segment: Equatable {
        case key(String)
        case index(Int)
    }

    /// `a.b[2].c` → key a, key b, index 2, key c.
    static func segments(of path: String) -> [Segment] {
        var segments: [Segment] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                let name = rest[..<bracket]
                if !name.isEmpty { segments.append(.key(String(name))) }
                rest = rest[bracket...]
                while rest.first == "[", let close = rest.firstIndex(of: "]") {
                    guard let position = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return [] }
                    segments.append(.index(position))
                    rest = rest[rest.index(after: close)...]
                }
                if !rest.isEmpty { return [] }
            } else {
                segments.append(.key(String(rest)))
            }
        }
        return segments
    }
}
