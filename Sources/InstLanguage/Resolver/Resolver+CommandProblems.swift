/// Check errors about commands: unknown names, and calls that do not fit the parameters.
extension Resolver {
    /// An unknown command, with the closest known name, or else what the name might have meant:
    /// a variable (`x` for `$x`), or a namespace whose commands or module are not there.
    func unknownCommand(_ name: Identifier) {
        let candidates = Array(interpreter.commands.keys) + Array(declaredProcedures.keys) + Array(newImports.keys)
            + Array(module.procedures.keys) + Array(module.imports.keys)
        var notes: [String] = []
        if isVisibleVariable(name.name) {
            notes.append("a bare word here is a command; for the variable, write $\(name.name)")
        } else if let suggestion = Suggestions.closest(to: name.name, in: candidates) {
            notes.append("did you mean '\(suggestion)'?")
        } else if let dot = name.name.lastIndex(of: ".") {
            notes.append(namespaceNote(for: name, namespace: String(name.name[..<dot]), candidates: candidates))
        }
        error("unknown command '\(name.name)'", at: name.span, notes: notes)
    }

    private func isVisibleVariable(_ name: String) -> Bool {
        function.visibleNames.contains(name) || module.globals.slot(named: name) != nil
    }

    /// For `ns.name`: the commands the namespace has, or the `use` that would load it, or the
    /// host's note on why the namespace is absent, or that no host module has registered anything
    /// under it (API commands appear when their module is).
    private func namespaceNote(for name: Identifier, namespace: String, candidates: [String]) -> String {
        var prefix = namespace
        while true {
            let members = candidates.filter { $0.hasPrefix(prefix + ".") }.sorted()
            if !members.isEmpty {
                let shown = members.prefix(8).joined(separator: ", ")
                return "'\(prefix)' has: \(shown)\(members.count > 8 ? ", …" : "")"
            }
            guard let dot = prefix.lastIndex(of: ".") else { break }
            prefix = String(prefix[..<dot])
        }
        if canLoadLibraryModule(named: prefix, at: name.span) {
            return "is a `use \(prefix)` missing?"
        }
        return interpreter.absentNamespaceNotes[prefix]
            ?? "no '\(prefix).…' commands are registered here: the commands of an API arrive when the host registers its module"
    }

    /// Whether `use name` would find a module (asked of the host's loader; no loader, no module).
    private func canLoadLibraryModule(named name: String, at span: SourceSpan) -> Bool {
        guard let loader = interpreter.configuration.moduleLoader, !name.contains(".") else { return false }
        return (try? loader.load(.library(Identifier(name, span: span)), from: file)) != nil
    }

    /// `usage: f a [b] [--all]`: how to call a command, from its parameters.
    func usage(of commandName: String, _ parameters: [ParameterSpec]) -> String {
        let forms = parameters.map { parameter -> String in
            switch parameter.kind {
            case .positional: parameter.isRequired ? parameter.name : "[\(parameter.name)]"
            case .named: parameter.isRequired ? "\(parameter.name)=…" : "[\(parameter.name)=…]"
            case .flag: "[--\(parameter.name)]"
            case .rest: parameter.isRequired ? "\(parameter.name)…" : "[\(parameter.name)…]"
            }
        }
        return "usage: " + ([commandName] + forms).joined(separator: " ")
    }

    /// Positional arguments beyond what the command takes, `extra` being their spans.
    func tooManyArguments(for command: Command, _ parameters: [ParameterSpec], extra: [SourceSpan], hasInput: Bool) {
        guard let first = extra.first else { return }
        let span = extra.dropFirst().reduce(first) { $0.merged(with: $1) }
        let most = parameters.filter { $0.kind == .positional }.count
        let name = command.name.name
        let message = most == 0
            ? "'\(name)' takes no \(parameters.isEmpty ? "" : "positional ")arguments"
            : "too many arguments for '\(name)': it takes at most \(most)"
        var notes = [usage(of: name, parameters)]
        if hasInput, most > 0 {
            notes.append("the pipeline's input is its first argument")
        }
        error(message, at: span, notes: notes)
    }
}
