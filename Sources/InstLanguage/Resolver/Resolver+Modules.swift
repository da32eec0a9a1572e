extension Resolver {
    /// Loads, parses and checks a `use`d module (once per interpreter), reporting problems at
    /// the `use` line. Its procedures become commands `namespace.name`.
    func loadModule(_ reference: ModuleReference, span: SourceSpan) -> Module? {
        guard let loader = interpreter.configuration.moduleLoader else {
            error("modules are not available here", at: span, notes: ["hint: the host gives no module loader"])
            return nil
        }
        let source: SourceFile
        do {
            source = try loader.load(reference, from: file)
        } catch let loadError {
            let failure = ScriptError.wrapping(loadError)
            error(failure.message, at: span, notes: failure.hint.map { ["hint: \($0)"] } ?? [])
            return nil
        }
        let key = source.name
        if let loaded = interpreter.modules[key] { return loaded }
        guard !interpreter.modulesBeingChecked.contains(key) else {
            error("'\(key)' uses itself (through other modules)", at: span)
            return nil
        }
        interpreter.modulesBeingChecked.insert(key)
        defer { interpreter.modulesBeingChecked.remove(key) }

        let module = Module(namespace: Self.namespace(of: reference))
        let parsed = Parser.parse(source)
        diagnostics += parsed.diagnostics
        if parsed.hasErrors {
            error("module '\(key)' has errors", at: span)
            return nil
        }
        let resolver = Resolver(interpreter: interpreter, module: module, file: source, isREPL: false)
        let unit = resolver.resolve(parsed.script)
        diagnostics += resolver.diagnostics
        warnings += resolver.warnings
        guard !resolver.hasErrors else {
            error("module '\(key)' has errors", at: span)
            return nil
        }
        resolver.commit()
        module.topLevel = unit
        interpreter.modules[key] = module
        return module
    }

    /// `lifecycle` for `use lifecycle`; `helpers` for `use "./lib/helpers.inst"`.
    static func namespace(of reference: ModuleReference) -> String {
        switch reference {
        case .library(let name):
            return name.name
        case .file(let path, _):
            let base = path.split(separator: "/").last.map(String.init) ?? path
            return base.hasSuffix(".inst") ? String(base.dropLast(5)) : base
        }
    }
}
