/// What a procedure's body calls by name, gathered while it is resolved (blocks included).
struct CalledCommands {
    /// The registered commands it calls, with their effects.
    private(set) var commands: [String: Effect] = [:]
    /// The procedures it calls, each once.
    private(set) var procedures: [Procedure] = []

    mutating func note(_ command: CommandSpec) {
        commands[command.name] = command.effect
    }

    mutating func note(_ procedure: Procedure) {
        if !procedures.contains(where: { $0 === procedure }) { procedures.append(procedure) }
    }
}

extension Procedure {
    /// What calling the procedure may do: the strongest effect of the registered commands it
    /// calls, through the procedures it calls (recursion included). Help shows it.
    var effect: Effect {
        reachedCommands.values.max() ?? .pure
    }

    /// The registered commands behind ``effect``: those reached with that effect, sorted
    /// (empty for a pure procedure).
    var effectSources: [String] {
        let commands = reachedCommands
        guard let effect = commands.values.max(), effect > .pure else { return [] }
        return commands.filter { $0.value == effect }.keys.sorted()
    }

    /// The registered commands the procedure calls, directly or through other procedures.
    private var reachedCommands: [String: Effect] {
        var commands: [String: Effect] = [:]
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(self)]
        var pending: [Procedure] = [self]
        while let procedure = pending.popLast() {
            commands.merge(procedure.calls.commands) { first, _ in first }
            for callee in procedure.calls.procedures where seen.insert(ObjectIdentifier(callee)).inserted {
                pending.append(callee)
            }
        }
        return commands
    }
}
