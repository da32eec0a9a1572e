extension Resolver {
    /// Resolves statements in the current scope. When `slot` is given and the last statement is a
    /// pipeline, its value is kept there (a block's value, a REPL entry's result).
    func resolveStatements(_ statements: [Statement], yieldingInto slot: Int?) -> [StmtNode] {
        var nodes: [StmtNode] = []
        for (position, statement) in statements.enumerated() {
            let isLast = position == statements.count - 1
            if let node = resolve(statement, yieldingInto: isLast ? slot : nil) {
                nodes.append(node)
            }
        }
        return nodes
    }

    /// A `{ … }` body in a scope of its own.
    func resolveBlock(_ block: Block) -> Body {
        function.pushScope()
        defer { function.popScope() }
        return Body(resolveStatements(block.statements, yieldingInto: nil), execution: execution)
    }

    private func resolve(_ statement: Statement, yieldingInto slot: Int?) -> StmtNode? {
        let span = statement.span
        switch statement.kind {
        case .letBinding(let name, let value):
            return resolveLet(name, value, span: span)
        case .set(let target, let value):
            return resolveSet(target, value, span: span)
        case .pipeline(let pipeline):
            let expression = resolve(pipeline)
            if let slot { return YieldNode(expression, slot: slot, span: span) }
            return EvaluateNode(expression, execution: execution, span: span)
        case .ifChain(let branches, let elseBody):
            return IfNode(
                conditions: branches.map { resolve($0.condition) }, bodies: branches.map { resolveBlock($0.body) },
                elseBody: elseBody.map(resolveBlock) ?? Body([], execution: execution), span: span)
        case .forIn(let variable, let sequence, let body):
            return resolveFor(variable, sequence, body, span: span)
        case .whileLoop(let condition, let body):
            let condition = resolve(condition)
            function.loopDepth += 1
            defer { function.loopDepth -= 1 }
            return WhileNode(condition: condition, body: resolveBlock(body), execution: execution, span: span)
        case .breakLoop, .continueLoop:
            let isBreak = if case .breakLoop = statement.kind { true } else { false }
            guard function.loopDepth > 0 else {
                let notes = function.blockResultSlots.isEmpty ? [] : ["a block { … } is not a loop"]
                error("'\(isBreak ? "break" : "continue")' outside of a loop", at: span, notes: notes)
                return nil
            }
            return LoopJumpNode(isBreak ? .breakLoop : .continueLoop, span: span)
        case .returnValue(let value):
            let value = value.map { resolve($0) } ?? ConstantNode(.null, span: span)
            return ReturnNode(value, blockSlot: function.blockResultSlots.last, span: span)
        case .procedure(let declaration):
            if !function.isFileTopLevel {
                error("'proc' is only allowed at the top level of a file", at: declaration.name.span)
            }
            return nil
        case .tryCatch(let body, let errorName, let handler):
            return resolveTry(body, errorName, handler, span: span)
        case .param(let name, let defaultValue):
            return resolveParam(name, defaultValue, span: span)
        case .use:
            guard function.isFileTopLevel else { return misplaced("use", span) }
            return usedModules[span.start].map { UseNode($0, span: span) }
        case .require:
            guard function.isFileTopLevel else { return misplaced("require", span) }
            return nil
        case .eventHandler:
            guard function.isFileTopLevel else { return misplaced("on", span) }
            return nil
        }
    }

    private func misplaced(_ keyword: String, _ span: SourceSpan) -> StmtNode? {
        error("'\(keyword)' is only allowed at the top level of a file", at: span)
        return nil
    }

    private func resolveFor(_ variable: Identifier, _ sequence: Expression, _ body: Block, span: SourceSpan) -> StmtNode {
        let sequence = resolve(sequence)
        function.pushScope()
        defer { function.popScope() }
        let slot = function.allocate()
        _ = function.declare(variable.name, slot: slot)
        function.loopDepth += 1
        defer { function.loopDepth -= 1 }
        return ForNode(variable: slot, sequence: sequence, body: resolveBlock(body), execution: execution, span: span)
    }

    private func resolveTry(_ body: Block, _ errorName: Identifier?, _ handler: Block, span: SourceSpan) -> StmtNode {
        let body = resolveBlock(body)
        function.pushScope()
        defer { function.popScope() }
        let slot = function.allocate()
        _ = function.declare(errorName?.name ?? "err", slot: slot)
        return TryNode(body: body, errorSlot: slot, handler: resolveBlock(handler), span: span)
    }

    private func resolveParam(_ name: Identifier, _ defaultValue: Expression?, span: SourceSpan) -> StmtNode? {
        guard function.isFileTopLevel else { return misplaced("param", span) }
        let defaultNode = defaultValue.map { resolve($0) }
        let address = module.globals.address(of: declareGlobal(name))
        parameters.append(ScriptParameter(
            name: name.name, defaultValue: defaultNode?.constantValue, hasDefault: defaultNode != nil, span: span))
        return ParamNode(
            name: name.name, address: address, defaultValue: defaultNode, execution: execution, span: span)
    }
}
