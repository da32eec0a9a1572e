/// A procedure or a block, as a value. Built-ins run it through ``CommandContext/call(_:_:)``.
public final class Callable: @unchecked Sendable {
    /// `percent`, `lifecycle.launch`, or `block` for `{ … }` arguments.
    public let name: String
    /// The names its arguments bind to, in order (`it` for a block).
    public let parameterNames: [String]
    /// What the interpreter runs; private to it.
    let body: CallableBody

    init(name: String, parameterNames: [String], body: CallableBody) {
        self.name = name
        self.parameterNames = parameterNames
        self.body = body
    }
}

/// The interpreter's side of a ``Callable``: a compiled procedure or a block with its frame.
class CallableBody {
    /// Runs with positional arguments; `span` is the call site (the built-in that called it).
    func invoke(_ arguments: [Value], at span: SourceSpan) throws(ScriptError) -> Value {
        .null
    }

    /// Runs with one argument (a block's `$it`), without building an array where it can.
    func invoke(with argument: Value, at span: SourceSpan) throws(ScriptError) -> Value {
        try invoke([argument], at: span)
    }
}
