/// A procedure or a block, as a value. Built-ins run it through ``CommandContext/call(_:_:)``.
public final class Callable: @unchecked Sendable {
    /// `percent`, `lifecycle.launch`, or `block` for `{ … }` arguments.
    public let name: String
    /// The names its arguments bind to, in order (`it` for a block).
    public let parameterNames: [String]
    /// What the interpreter runs; private to it.
    let body: AnyObject

    init(name: String, parameterNames: [String], body: AnyObject) {
        self.name = name
        self.parameterNames = parameterNames
        self.body = body
    }
}
