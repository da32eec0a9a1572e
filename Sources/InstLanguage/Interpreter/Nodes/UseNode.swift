/// `use x` at run time: runs the module's top-level code the first time.
final class UseNode: StmtNode {
    let module: Module

    init(_ module: Module, span: SourceSpan) {
        self.module = module
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        guard !module.hasRun, let topLevel = module.topLevel else { return .next }
        module.hasRun = true
        do {
            _ = try topLevel.run()
        } catch {
            var traced = error
            traced.stack.append(StackFrame(name: "use \(module.namespace ?? "")", callSite: span))
            throw traced
        }
        return .next
    }
}
