import Synchronization

/// What the official Instantly API v2 spec says about each operation, as the simulator needs it:
/// generated into ``operations`` and ``scheduleTimezones`` by `scripts/gen-simulator-routes`.
public enum InstantlySpec {}

/// One operation of the spec: its route, the scopes of which any one allows it, and its request
/// schemas, kept as the spec's JSON text and compiled the first time the operation is called (so a
/// simulator starts without compiling all 168).
final class SpecOperation: Sendable {
    let method: String
    let path: String
    let scopes: [String]
    let bodyRequired: Bool
    private let texts: (path: String?, query: String?, body: String?)
    private let compiled = Mutex<Schemas?>(nil)

    /// The compiled request schemas; `nil` where the operation has none.
    struct Schemas: Sendable {
        let path: JSONSchema?
        let query: JSONSchema?
        let body: JSONSchema?
    }

    init(_ method: String, _ path: String, scopes: [String], path pathSchema: String?, query: String?, body: String?, bodyRequired: Bool) {
        self.method = method
        self.path = path
        self.scopes = scopes
        self.bodyRequired = bodyRequired
        texts = (pathSchema, query, body)
    }

    var schemas: Schemas {
        compiled.withLock { cached in
            if let cached { return cached }
            let schemas = Schemas(path: JSONSchema(text: texts.path), query: JSONSchema(text: texts.query), body: JSONSchema(text: texts.body))
            cached = schemas
            return schemas
        }
    }
}
