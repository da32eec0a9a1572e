/// `param name = default`: the global takes the host's value (`--var name=value`), coerced to the
/// default's type, or else the default. A param without default must be given.
final class ParamNode: StmtNode {
    let name: String
    let address: GlobalAddress
    let defaultValue: ExprNode?
    let execution: Execution

    init(name: String, address: GlobalAddress, defaultValue: ExprNode?, execution: Execution, span: SourceSpan) {
        self.name = name
        self.address = address
        self.defaultValue = defaultValue
        self.execution = execution
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        let fallback = try defaultValue?.eval(frame).memoizingStream()
        if let text = execution.hostParameters[name] {
            address.store(try ParameterCoercion.coerce(text, like: fallback, name: name))
        } else if let fallback {
            address.store(fallback)
        } else {
            throw ScriptError.runtime("parameter '\(name)' has no value", hint: "pass it with --var \(name)=…")
        }
        return .next
    }
}
