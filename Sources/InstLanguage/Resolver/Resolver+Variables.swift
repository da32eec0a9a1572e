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

    /// The error for an unknown `$name`, with a suggestion.
    func undefinedVariable(_ name: String, at span: SourceSpan) {
        var candidates = function.visibleNames
        if function.isProcedure {
            candidates += module.globals.names
        } else {
            candidates += passedGlobals
            candidates += module.globals.names.prefix(globalsBefore)
        }
        var notes: [String] = []
        if let suggestion = Suggestions.closest(to: name, in: candidates) {
            notes.append("did you mean $\(suggestion)?")
        } else if name == "it" {
            notes.append("$it is defined inside a block { … } given to a command such as where or map")
        }
        error("undefined variable $\(name)", at: span, notes: notes)
    }

    /// Declares a top-level global at the point its `let` or `param` is passed.
    func declareGlobal(_ name: Identifier) -> Int {
        if passedGlobals.contains(name.name), !isREPL {
            error("'\(name.name)' is already declared", at: name.span, notes: ["use set to change it"])
        }
        passedGlobals.insert(name.name)
        return module.globals.declare(name.name)
    }

    func resolveLet(_ name: Identifier, _ value: Pipeline, span: SourceSpan) -> StmtNode {
        let value = resolve(value)
        if function.isFileTopLevel {
            return StoreNode(.global(module.globals.address(of: declareGlobal(name))), value, span: span)
        }
        let slot = function.allocate()
        if function.declare(name.name, slot: slot) == nil {
            error("'\(name.name)' is already declared in this block", at: name.span, notes: ["use set to change it"])
        }
        return StoreNode(.local(slot), value, span: span)
    }

    func resolveSet(_ target: AssignmentTarget, _ value: Pipeline, span: SourceSpan) -> StmtNode? {
        let variable = lookupVariable(target.variable.name)
        if variable == nil {
            undefinedVariable(target.variable.name, at: target.variable.span)
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
