extension Interpreter {
    /// Parses and checks a script: every variable, command and argument is resolved before
    /// anything runs. Throws every problem found. The script's procedures become commands of
    /// the session.
    public func check(_ file: SourceFile) throws(DiagnosticsError) -> CheckedProgram {
        try check(file, isREPL: false)
    }

    /// Runs a checked program. `parameters` are the host's values for its `param`s
    /// (`--var name=value`), coerced to each default's type. Returns what a top-level `return`
    /// gave, else the value of the last statement when it is a pipeline, else null.
    public func run(_ program: CheckedProgram, parameters: [String: String] = [:]) throws(ScriptError) -> Value {
        guard program.unit.body.execution === execution else {
            throw ScriptError.runtime("this program was checked by another interpreter", hint: "run it on the one that checked it")
        }
        let known = Set(program.parameters.map(\.name))
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            let hint = known.isEmpty ? "the script declares no param" : "its params: \(known.sorted().joined(separator: ", "))"
            throw ScriptError.runtime("the script has no parameter '\(unknown)'", hint: hint)
        }
        execution.begin(hostParameters: parameters)
        return try execution.materialize(try program.unit.run())
    }

    /// One REPL entry: checked and run against the session's globals and procedures (`let` of
    /// an existing global rebinds it). Returns the value of the last statement when it is a
    /// pipeline or expression, for the REPL to print (null otherwise, and for `print`).
    /// Throws ``DiagnosticsError`` or ``ScriptError``.
    public func evaluate(_ file: SourceFile) throws -> Value {
        try run(try check(file, isREPL: true))
    }

    private func check(_ file: SourceFile, isREPL: Bool) throws(DiagnosticsError) -> CheckedProgram {
        let parsed = Parser.parse(file)
        if parsed.hasErrors { throw DiagnosticsError(parsed.diagnostics) }
        let resolver = Resolver(interpreter: self, module: session, file: file, isREPL: isREPL)
        let unit = resolver.resolve(parsed.script)
        guard !resolver.hasErrors else {
            resolver.rollback()
            throw DiagnosticsError(Self.ordered(resolver.diagnostics, mainFile: file))
        }
        resolver.commit()
        return CheckedProgram(
            file: file, requirements: resolver.requirements, parameters: resolver.parameters,
            warnings: parsed.diagnostics + Self.ordered(resolver.warnings, mainFile: file), unit: unit,
            handlers: resolver.eventHandlers)
    }

    /// Diagnostics in other files (used modules) first, then the file's own in source order.
    private static func ordered(_ diagnostics: [Diagnostic], mainFile: SourceFile) -> [Diagnostic] {
        let others = diagnostics.filter { $0.span.file !== mainFile }
        let own = diagnostics.filter { $0.span.file === mainFile }
        return others + own.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }
            .map(\.element)
    }
}
