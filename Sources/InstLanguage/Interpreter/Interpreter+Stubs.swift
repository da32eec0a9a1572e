// Temporary: the evaluator replaces these.
extension Interpreter {
    func invoke(_ callable: Callable, arguments: [Value], at span: SourceSpan) throws -> Value {
        throw ScriptError.runtime("not implemented")
    }

    func checkInterrupts() throws {}
}
