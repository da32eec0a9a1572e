import InstLanguage

/// Help for the language's commands, from their registrations: a grouped overview, one
/// command in full, or the commands of a namespace.
struct CommandHelp {
    private let specs: [CommandSpec]
    /// For procedures, the commands behind their effect (help says `effect: write (from …)`).
    private let effectSources: [String: [String]]

    init(specs: [CommandSpec], effectSources: [String: [String]] = [:]) {
        self.specs = specs.sorted { $0.name < $1.name }
        self.effectSources = effectSources
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
        Self.columns(members.map { [$0.name, $0.summary] })
    }

    /// Rows of cells, indented two spaces, each column as wide as its widest cell plus two.
    private static func columns(_ rows: [[String]]) -> String {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = "  "
            for (column, cell) in row.enumerated() {
                let isLast = row[(column + 1)...].allSatisfy(\.isEmpty)
                line += isLast ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                if isLast { break }
            }
            return line + "\n"
        }.joined()
    }

    private func describe(_ spec: CommandSpec) -> String {
        var out = "usage: " + ([spec.name] + spec.parameters.map(usage)).joined(separator: " ") + "\n\n"
        out += spec.summary + "\n"
        if !spec.parameters.isEmpty {
            out += "\nparameters:\n"
            let rows = spec.parameters.map { parameter in
                [parameter.name, ([parameter.type] + (parameter.isRequired ? ["required"] : [])).joined(separator: ", "), parameter.help]
            }
            out += Self.columns(rows)
        }
        out += "\neffect: \(spec.effect.rawValue)\(Self.sources(effectSources[spec.name] ?? []))\n"
        if !spec.discussion.isEmpty {
            out += "\n" + spec.discussion + (spec.discussion.hasSuffix("\n") ? "" : "\n")
        }
        return out
    }

    /// ` (from a, b, c and 2 more)`: what a procedure calls that gives it its effect.
    private static func sources(_ names: [String]) -> String {
        guard !names.isEmpty else { return "" }
        let shown = names.prefix(4).joined(separator: ", ")
        return " (from \(shown)\(names.count > 4 ? " and \(names.count - 4) more" : ""))"
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
    /// The help of everything an interpreter has registered; a procedure's effect is the one
    /// of what it calls, and help names those commands.
    init(interpreter: Interpreter) {
        let names = interpreter.commandNames
        self.init(
            specs: names.compactMap(interpreter.commandSpec(named:)),
            effectSources: Dictionary(uniqueKeysWithValues: names.compactMap { name in
                interpreter.effectSources(of: name).map { (name, $0) }
            }))
    }
}
