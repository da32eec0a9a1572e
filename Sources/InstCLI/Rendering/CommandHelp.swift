import InstLanguage

/// Help for the language's commands, from their registrations: a grouped overview, one
/// command in full, or the commands of a namespace.
struct CommandHelp {
    private let specs: [CommandSpec]

    init(specs: [CommandSpec]) {
        self.specs = specs.sorted { $0.name < $1.name }
    }

    /// Every command with its summary, grouped by namespace (built-ins first).
    func overview() -> String {
        var out = "Commands (`help NAME` describes one):\n"
        let groups = Dictionary(grouping: specs, by: \.namespace)
        // Built-ins (no namespace) first, then namespaces alphabetically.
        for namespace in groups.keys.sorted() {
            let members = groups[namespace] ?? []
            out += "\n" + (namespace.isEmpty ? "built-in" : namespace) + "\n"
            out += listing(members)
        }
        return out
    }

    /// The full help of the command `name`, or a listing of namespace `name`; `nil` if neither exists.
    func describe(_ name: String) -> String? {
        if let spec = specs.first(where: { $0.name == name }) { return describe(spec) }
        let members = specs.filter { $0.name.hasPrefix(name + ".") }
        guard !members.isEmpty else { return nil }
        return "\(name)\n" + listing(members)
    }

    /// Names close to `name`, for "did you mean".
    func suggestions(for name: String) -> [String] {
        specs.map(\.name).filter { $0.hasSuffix("." + name) || $0.hasPrefix(name) || name.hasPrefix($0) }
    }

    private func listing(_ members: [CommandSpec]) -> String {
        let width = (members.map(\.name.count).max() ?? 0) + 2
        return members.map { spec in
            "  " + spec.name + String(repeating: " ", count: width - spec.name.count) + spec.summary + "\n"
        }.joined()
    }

    private func describe(_ spec: CommandSpec) -> String {
        var out = "usage: " + ([spec.name] + spec.parameters.map(usage)).joined(separator: " ") + "\n\n"
        out += spec.summary + "\n"
        if !spec.parameters.isEmpty {
            out += "\nparameters:\n"
            let width = (spec.parameters.map(\.name.count).max() ?? 0) + 2
            for parameter in spec.parameters {
                let facts = ([parameter.type] + (parameter.isRequired ? ["required"] : [])).joined(separator: ", ")
                let help = parameter.help.isEmpty ? "" : "  " + parameter.help
                out += "  " + parameter.name + String(repeating: " ", count: width - parameter.name.count) + facts + help + "\n"
            }
        }
        out += "\neffect: \(spec.effect.rawValue)\n"
        if !spec.discussion.isEmpty {
            out += "\n" + spec.discussion + (spec.discussion.hasSuffix("\n") ? "" : "\n")
        }
        return out
    }

    private func usage(_ parameter: ParameterSpec) -> String {
        let text: String
        switch parameter.kind {
        case .positional: text = parameter.name
        case .named: text = parameter.name + "=" + parameter.type
        case .flag: text = "--" + parameter.name
        case .rest: text = parameter.name + "…"
        }
        return parameter.isRequired ? text : "[" + text + "]"
    }
}

extension CommandHelp {
    /// The help of everything an interpreter has registered.
    init(interpreter: Interpreter) {
        self.init(specs: interpreter.commandNames.compactMap(interpreter.commandSpec(named:)))
    }
}
