extension Resolver {
    /// Hoists a `proc`: creates its ``Procedure`` so calls anywhere in the file can bind to it.
    /// A REPL entry redefining a procedure with the same parameter names reuses it, so callers
    /// compiled earlier call the new body.
    func declareProcedure(_ declaration: ProcedureDeclaration, span: SourceSpan) {
        let name = declaration.name.name
        let parameterNames = declaration.parameters.map(\.name.name)
        if declaredProcedures[name] != nil {
            error("procedure '\(name)' is already declared in this file", at: declaration.name.span)
            return
        }
        if interpreter.commands[name] != nil {
            warnings.append(.warning("procedure '\(name)' hides the command of the same name", at: declaration.name.span))
        }
        let procedure: Procedure
        if let existing = module.procedures[name], existing.parameterNames == parameterNames {
            procedure = existing
        } else {
            let qualified = module.namespace.map { "\($0).\(name)" } ?? name
            procedure = Procedure(
                name: qualified, parameterNames: parameterNames, globals: module.globals,
                documentation: declaration.documentation, execution: execution)
        }
        declaredProcedures[name] = procedure
        procedureDeclarations.append((procedure, declaration))
    }

    /// Resolves a procedure's parameters, defaults and body in a frame of its own.
    func resolveBody(of procedure: Procedure, _ declaration: ProcedureDeclaration) {
        function = FunctionScope(isProcedure: true)
        let slots = declaration.parameters.map { _ in function.allocate() }
        var defaults: [ExprNode?] = []
        for (parameter, slot) in zip(declaration.parameters, slots) {
            // A default sees the parameters before it.
            defaults.append(parameter.defaultValue.map { resolve($0) })
            if function.declare(parameter.name.name, slot: slot) == nil {
                error("parameter '\(parameter.name.name)' is declared twice", at: parameter.name.span)
            }
        }
        let body = resolveStatements(declaration.body.statements, yieldingInto: nil)
        let layout = function.layout
        let documentation = declaration.documentation
        let calls = function.calls
        pendingDefinitions.append {
            procedure.define(body: body, defaults: defaults, layout: layout, documentation: documentation, calls: calls)
        }
    }

    /// A command name's procedure: this file's, an earlier entry's, or a `use`d module's.
    func lookupProcedure(_ name: String) -> Procedure? {
        declaredProcedures[name] ?? newImports[name] ?? module.procedure(named: name)
    }
}
