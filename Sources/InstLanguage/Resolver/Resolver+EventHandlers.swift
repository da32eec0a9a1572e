extension Resolver {
    /// Hoists an `on EVENT { }`: a procedure of one parameter, `event`, that is not callable by
    /// name from the script; the host runs it through ``Interpreter/handle(_:payload:in:)``.
    func declareEventHandler(_ declaration: EventHandlerDeclaration) {
        guard let first = declaration.events.first else { return }
        let label = "on " + declaration.events.map(\.name).joined(separator: " ")
        let procedure = Procedure(
            name: label, parameterNames: ["event"], globals: module.globals,
            documentation: declaration.documentation, execution: execution)
        for event in declaration.events {
            if eventHandlers[event.name] != nil {
                error("a handler for event '\(event.name)' is already declared in this file", at: event.span,
                      notes: ["list several events in one handler instead: on a b { … }"])
                continue
            }
            eventHandlers[event.name] = EventHandler(procedure: procedure, span: event.span)
        }
        let parameter = ProcedureDeclaration.Parameter(name: Identifier("event", span: first.span), defaultValue: nil)
        let asProcedure = ProcedureDeclaration(
            name: Identifier(label, span: first.span), parameters: [parameter], body: declaration.body,
            documentation: declaration.documentation)
        procedureDeclarations.append((procedure, asProcedure))
    }
}
