extension Resolver {
    /// Where `$name` lives from here: a local of this frame, or a global of the file.
    /// Top-level code sees the globals whose `let` it has passed (and earlier REPL entries');
    /// procedures see every global of their file, checked at run time.
    func lookupVariable(_ name: String) -> VariableSlot? {
        if let slot = function.lookup(name) { return .local(slot) }
        guard let slot = module.globals.slot(named: name) else { return nil }
        let address = module.globals.address(of: slot)
        if !function.isProcedure, passedGlobals.contains(name) { return .global(address) }
        if function.isProcedure || slot < globalsBefore { return .checkedGlobal(address) }
        return nil
    }

    /// Declares a top-level global at the point its `let` (with `value`) or `param` is passed.
    func declareGlobal(_ name: Identifier, value: Pipeline? = nil) -> Int {
        if passedGlobals.contains(name.name), !isREPL {
            alreadyDeclared(name, value: value, firstDeclaration: globalDeclarations[name.name], inBlock: false)
        }
        passedGlobals.insert(name.name)
        return module.globals.declare(name.name)
    }

    func resolveLet(_ name: Identifier, _ pipeline: Pipeline, span: SourceSpan) -> StmtNode {
        let value = resolve(pipeline)
        if function.isFileTopLevel {
            return StoreNode(.global(module.globals.address(of: declareGlobal(name, value: pipeline))), value, span: span)
        }
        let slot = function.allocate()
        if function.declare(name.name, slot: slot) == nil {
            alreadyDeclared(name, value: pipeline, firstDeclaration: nil, inBlock: true)
        }
        if function.letDeclarations[name.name] == nil { function.letDeclarations[name.name] = name.span }
        return StoreNode(.local(slot), value, span: span)
    }

    func resolveSet(_ target: AssignmentTarget, _ value: Pipeline, span: SourceSpan) -> StmtNode? {
        let variable = lookupVariable(target.variable.name)
        if variable == nil {
            undeclaredAssignment(target, value: value)
        }
        var path: [PathStoreNode.Step] = []
        for element in target.path {
            switch element {
            case .field(let name): path.append(.field(name.name))
            case .index(let index): path.append(.index(resolve(index)))
            }
        }
        if let addend = selfAddend(of: target, value), path.isEmpty {
            let addendNode = resolve(addend.operand)
            guard let variable else { return nil }
            return AddInPlaceNode(
                variable, name: target.variable.name, adding: addendNode, execution: execution, expressionSpan: addend.span,
                span: span)
        }
        let valueNode = resolve(value)
        guard let variable else { return nil }
        if path.isEmpty { return StoreNode(variable, valueNode, span: span) }
        return PathStoreNode(variable, name: target.variable.name, path: path, value: valueNode, execution: execution, span: span)
    }

    /// `x` in `set name = $name + x`, which appends in place.
    private func selfAddend(of target: AssignmentTarget, _ value: Pipeline) -> (operand: Expression, span: SourceSpan)? {
        guard value.stages.count == 1, case .expression(let expression) = value.stages[0],
            case .binary(.add, let lhs, let rhs) = expression.kind,
            case .variable(let variable) = lhs.kind, variable.name == target.variable.name
        else { return nil }
        return (rhs, expression.span)
    }
}
