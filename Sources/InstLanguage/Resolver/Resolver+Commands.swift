extension Resolver {
    /// A command: a procedure (this file's, an earlier entry's, a used module's) or a registered
    /// command, with its arguments bound to parameters now.
    func resolveCommand(_ command: Command, input: ExprNode?) -> ExprNode {
        let name = command.name.name
        if let procedure = lookupProcedure(name) {
            let parameters = procedure.parameterNames.enumerated().map { index, parameter in
                ParameterSpec(parameter, required: !procedureParameterHasDefault(procedure, index))
            }
            let binding = bindArguments(command, to: parameters, input: input)
            let arguments = binding.arguments.compactMap { target, value -> (parameter: Int, value: ExprNode)? in
                if case .parameter(let index) = target { return (index, value) }
                return nil
            }
            function.calls.note(procedure)
            return ProcedureCallNode(procedure, arguments: arguments, span: command.span)
        }
        if let spec = interpreter.commands[name] {
            function.calls.note(spec)
            let binding = bindArguments(command, to: spec.parameters, input: input)
            return HostCommandNode(spec, arguments: binding.arguments, execution: execution, span: command.span)
        }
        unknownCommand(command.name)
        for argument in command.arguments {
            switch argument {
            case .positional(let expression), .named(_, let expression): _ = resolve(expression)
            case .block(let block): _ = resolveBlockArgument(block)
            case .flag: break
            }
        }
        return ConstantNode(.null, span: command.span)
    }

    /// Whether a procedure's parameter has a default, from its declaration in this file when it
    /// is being redefined, else from the compiled procedure.
    private func procedureParameterHasDefault(_ procedure: Procedure, _ index: Int) -> Bool {
        if let definition = procedureDeclarations.first(where: { $0.procedure === procedure }) {
            return definition.declaration.parameters[index].defaultValue != nil
        }
        return procedure.defaults[index] != nil
    }
}
