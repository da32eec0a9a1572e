/// One file's world: its globals, its procedures, and the procedures it `use`s.
///
/// The REPL session is a module too (every entry adds to it); a `use`d file is checked once into
/// its own module and its top-level code runs the first time a `use` of it runs.
final class Module {
    /// `lifecycle` for `use lifecycle`; `nil` for the script or REPL session.
    let namespace: String?
    let globals = GlobalStorage()
    /// Own procedures by name.
    var procedures: [String: Procedure] = [:]
    /// Procedures of `use`d modules by qualified name (`lifecycle.launch`).
    var imports: [String: Procedure] = [:]
    /// A used module's top-level code, run once.
    var topLevel: CompiledUnit?
    var hasRun = false

    init(namespace: String?) {
        self.namespace = namespace
    }

    /// The procedure a command name refers to in this module, if any.
    func procedure(named name: String) -> Procedure? {
        procedures[name] ?? imports[name]
    }
}

/// A file's (or REPL entry's) top-level code, ready to run.
final class CompiledUnit {
    let body: Body
    let frameSize: Int
    /// The slot holding the value of the last statement, when it is a pipeline.
    let resultSlot: Int?
    /// Keeps the addresses the compiled code uses alive.
    let globals: GlobalStorage

    init(body: Body, frameSize: Int, resultSlot: Int?, globals: GlobalStorage) {
        self.body = body
        self.globals = globals
        self.frameSize = frameSize
        self.resultSlot = resultSlot
    }

    /// Runs the code in a fresh frame; the value is what a top-level `return` gave, else the last
    /// pipeline statement's value (else null).
    func run() throws(ScriptError) -> Value {
        let frame = Frame(size: frameSize)
        if try body.run(frame) == .returned { return frame.result }
        return resultSlot.map { frame.slots[$0] } ?? .null
    }
}

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
