extension Resolver {
    /// `stage | command | …`: each command takes the previous stage as its input.
    /// Stages nest when they run, so their number is capped like other nesting.
    func resolve(_ pipeline: Pipeline) -> ExprNode {
        if pipeline.stages.count > Parser.maximumNesting {
            error(
                "a pipeline of more than \(Parser.maximumNesting) stages", at: pipeline.span,
                notes: ["hint: split it into several statements with let"])
            return ConstantNode(.null, span: pipeline.span)
        }
        var node: ExprNode?
        for stage in pipeline.stages {
            switch stage {
            case .command(let command):
                node = resolveCommand(command, input: node)
            case .expression(let expression):
                if node != nil {
                    error("only a command can follow '|'", at: expression.span)
                }
                node = resolve(expression)
            }
        }
        return node ?? ConstantNode(.null, span: pipeline.span)
    }

    func resolve(_ expression: Expression) -> ExprNode {
        let span = expression.span
        switch expression.kind {
        case .null: return ConstantNode(.null, span: span)
        case .bool(let value): return ConstantNode(.bool(value), span: span)
        case .int(let value): return ConstantNode(.int(value), span: span)
        case .float(let value): return ConstantNode(.float(value), span: span)
        case .string(let value): return ConstantNode(.string(value), span: span)
        case .interpolated(let parts):
            return resolveInterpolation(parts, span: span)
        case .variable(let name):
            guard let variable = lookupVariable(name.name) else {
                undefinedVariable(name.name, at: span)
                return ConstantNode(.null, span: span)
            }
            return variable.readNode(name: name.name, span: span)
        case .field(let base, let name):
            return FieldNode(base: resolve(base), name: name.name, span: span)
        case .index(let base, let index):
            return IndexNode(base: resolve(base), index: resolve(index), execution: execution, span: span)
        case .list(let elements):
            let nodes = elements.map { resolve($0) }
            let constants = nodes.compactMap(\.constantValue)
            if constants.count == nodes.count { return ConstantNode(.list(constants), span: span) }
            return ListNode(nodes, span: span)
        case .map(let entries):
            return resolveMap(entries, span: span)
        case .unary(let unary, let operand):
            let operand = resolve(operand)
            switch unary {
            case .not:
                return NotNode(operand, span: span)
            case .negate:
                if let constant = operand.constantValue, let negated = try? Value.negate(constant) {
                    return ConstantNode(negated, span: span)
                }
                return NegateNode(operand, span: span)
            }
        case .binary(let binary, let lhs, let rhs):
            return resolveBinary(binary, resolve(lhs), resolve(rhs), span: span)
        case .group(let pipeline):
            return resolve(pipeline)
        }
    }

    private func resolveBinary(_ binary: BinaryOperator, _ lhs: ExprNode, _ rhs: ExprNode, span: SourceSpan) -> ExprNode {
        switch binary {
        case .add: AddNode(lhs, rhs, execution: execution, span: span)
        case .subtract: SubtractNode(lhs, rhs, execution: execution, span: span)
        case .multiply: MultiplyNode(lhs, rhs, execution: execution, span: span)
        case .divide: DivideNode(lhs, rhs, execution: execution, span: span)
        case .remainder: RemainderNode(lhs, rhs, execution: execution, span: span)
        case .equal: EqualityNode(negated: false, lhs, rhs, execution: execution, span: span)
        case .notEqual: EqualityNode(negated: true, lhs, rhs, execution: execution, span: span)
        case .less: CompareNode(.less, lhs, rhs, execution: execution, span: span)
        case .lessOrEqual: CompareNode(.lessOrEqual, lhs, rhs, execution: execution, span: span)
        case .greater: CompareNode(.greater, lhs, rhs, execution: execution, span: span)
        case .greaterOrEqual: CompareNode(.greaterOrEqual, lhs, rhs, execution: execution, span: span)
        case .and: AndNode(lhs, rhs, span: span)
        case .or: OrNode(lhs, rhs, span: span)
        case .contains: ContainsNode(negated: false, lhs, rhs, execution: execution, span: span)
        case .notContains: ContainsNode(negated: true, lhs, rhs, execution: execution, span: span)
        case .coalesce: CoalesceNode(lhs, rhs, span: span)
        }
    }

    private func resolveInterpolation(_ parts: [StringPart], span: SourceSpan) -> ExprNode {
        let nodes: [InterpolationNode.Part] = parts.map { part in
            switch part {
            case .text(let text): .text(text)
            case .expression(let expression): .value(resolve(expression))
            }
        }
        return InterpolationNode(nodes, execution: execution, span: span)
    }

    private func resolveMap(_ entries: [MapEntry], span: SourceSpan) -> ExprNode {
        var keys: [String] = []
        var values: [ExprNode] = []
        var seen: Set<String> = []
        for entry in entries {
            if !seen.insert(entry.key).inserted {
                error("key '\(entry.key)' appears twice in this map", at: entry.keySpan)
            }
            keys.append(entry.key)
            values.append(resolve(entry.value))
        }
        let constants = values.compactMap(\.constantValue)
        if constants.count == values.count {
            return ConstantNode(.map(ValueMap(Array(zip(keys, constants)))), span: span)
        }
        return MapNode(keys: keys, values: values, span: span)
    }
}
