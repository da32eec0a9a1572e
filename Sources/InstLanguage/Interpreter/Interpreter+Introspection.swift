extension Interpreter {
    /// Every command a program can call now: built-ins, host commands, procedures defined so far
    /// (including `use`d modules' as `lifecycle.name`), sorted.
    public var commandNames: [String] {
        var names = Set(commands.keys)
        names.formUnion(session.procedures.keys)
        names.formUnion(session.imports.keys)
        return names.sorted()
    }

    /// The spec of a command, as help and completion show it. A procedure gets one made from
    /// its parameters (required unless they have a default), its doc comment, and the effect
    /// of what it calls.
    public func commandSpec(named name: String) -> CommandSpec? {
        if let procedure = session.procedure(named: name) { return procedure.spec }
        return commands[name]
    }

    /// For a procedure, the registered commands that give it its effect (what help names after
    /// `effect: write`), sorted; `nil` for a command that is not a procedure.
    public func effectSources(of name: String) -> [String]? {
        session.procedure(named: name)?.effectSources
    }

    /// The session's globals, in the order they were declared.
    public var variableNames: [String] { session.globals.names }
}

extension Procedure {
    /// A command spec for help and completion; running it calls the procedure.
    var spec: CommandSpec {
        let lines = (documentation ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let parameters = parameterNames.enumerated().map { index, name in
            ParameterSpec(name, required: defaults[index] == nil)
        }
        return CommandSpec(
            name, summary: lines.first ?? "", discussion: lines.dropFirst().joined(separator: "\n"),
            parameters: parameters, effect: effect
        ) { arguments, context in
            try self.call(arguments.values, at: context.span)
        }
    }
}
