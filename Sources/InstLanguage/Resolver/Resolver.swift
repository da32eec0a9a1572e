/// Checks a parsed file and lowers it to nodes: resolves every variable to a slot and every
/// command to a procedure or a registered ``CommandSpec``, binds arguments to parameters, and
/// reports every problem it finds (not just the first) as diagnostics with spans.
///
/// A resolver works on one file (or REPL entry) of one ``Module``. Declarations it makes take
/// effect when the check succeeds (``commit()``) and are undone otherwise (``rollback()``).
final class Resolver {
    let interpreter: Interpreter
    let module: Module
    let file: SourceFile
    /// REPL entries may `let` a global again (it rebinds); scripts may not.
    let isREPL: Bool
    var execution: Execution { interpreter.execution }

    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var requirements: [Requirement] = []
    var parameters: [ScriptParameter] = []

    /// Procedures this file declares, by name.
    var declaredProcedures: [String: Procedure] = [:]
    /// Each declared procedure with its declaration, whose body is resolved after the top level.
    var procedureDeclarations: [(procedure: Procedure, declaration: ProcedureDeclaration)] = []
    /// Gives each procedure its compiled body, on ``commit()``.
    var pendingDefinitions: [() -> Void] = []
    /// Procedures of modules this file `use`s, by qualified name.
    var newImports: [String: Procedure] = [:]
    /// The module of each `use` statement, by the statement's start offset.
    var usedModules: [Int: Module] = [:]

    /// The `on EVENT { }` handlers this file declares, by event name.
    var eventHandlers: [String: EventHandler] = [:]

    /// Globals declared before this file was checked (earlier REPL entries).
    let globalsBefore: Int
    /// Top-level globals whose `let` or `param` the top-level code has passed.
    var passedGlobals: Set<String> = []
    /// Where this file first declares each top-level global, for "declared at line …" notes.
    var globalDeclarations: [String: SourceSpan] = [:]
    /// The frame being resolved.
    var function = FunctionScope(isProcedure: false)

    init(interpreter: Interpreter, module: Module, file: SourceFile, isREPL: Bool) {
        self.interpreter = interpreter
        self.module = module
        self.file = file
        self.isREPL = isREPL
        self.globalsBefore = module.globals.count
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: String, at span: SourceSpan, notes: [String] = []) {
        diagnostics.append(.error(message, at: span, notes: notes))
    }

    /// Resolves a whole file: declarations first (procedures, modules, globals, requirements),
    /// then the top-level code, then the procedure bodies.
    func resolve(_ script: Script) -> CompiledUnit {
        declare(script.statements)
        let resultSlot = script.statements.last.flatMap { statement -> Int? in
            if case .pipeline = statement.kind { return function.allocate() }
            return nil
        }
        let body = Body(resolveStatements(script.statements, yieldingInto: resultSlot), execution: execution)
        let unit = CompiledUnit(body: body, layout: function.layout, resultSlot: resultSlot, globals: module.globals)
        for (procedure, declaration) in procedureDeclarations {
            resolveBody(of: procedure, declaration)
        }
        return unit
    }

    /// Makes this file's declarations part of its module.
    func commit() {
        for (name, procedure) in declaredProcedures { module.procedures[name] = procedure }
        for (name, procedure) in newImports { module.imports[name] = procedure }
        for define in pendingDefinitions { define() }
    }

    /// Forgets the globals this file declared.
    func rollback() {
        module.globals.truncate(to: globalsBefore)
    }

    /// The first pass over the top level: hoists procedures, loads modules, declares globals,
    /// collects requirements.
    private func declare(_ statements: [Statement]) {
        for statement in statements {
            switch statement.kind {
            case .procedure(let declaration):
                declareProcedure(declaration, span: statement.span)
            case .use(let reference):
                if let used = loadModule(reference, span: statement.span) {
                    usedModules[statement.span.start] = used
                    for (name, procedure) in used.procedures {
                        newImports["\(used.namespace ?? "").\(name)"] = procedure
                    }
                }
            case .letBinding(let name, _), .param(let name, _):
                _ = module.globals.declare(name.name)
                if globalDeclarations[name.name] == nil { globalDeclarations[name.name] = name.span }
            case .require(let requirement):
                requirements.append(requirement)
            case .eventHandler(let declaration):
                declareEventHandler(declaration)
            default:
                break
            }
        }
    }
}
