extension Resolver {
    /// The error for reading an unknown `$name`: with where it is declared when that comes later,
    /// else a close name, else how to declare it.
    func undefinedVariable(_ name: String, at span: SourceSpan) {
        let notes = undefinedNotes(for: name, at: span, fix: "declare it before using it: let \(name) = …")
        error("undefined variable $\(name)", at: span, notes: notes)
    }

    /// The error for `set name = …` when no `name` is declared.
    func undeclaredAssignment(_ target: AssignmentTarget, value: Pipeline) {
        let name = target.variable.name
        let fix = target.path.isEmpty
            ? "declare it with let: let \(name) = \(abbreviatedSource(value.span))"
            : "declare it first, as in: let \(name) = {}"
        error("cannot set '\(name)': it is not declared", at: target.variable.span,
              notes: undefinedNotes(for: name, at: target.variable.span, fix: fix))
    }

    private func undefinedNotes(for name: String, at use: SourceSpan, fix: String) -> [String] {
        if !function.isProcedure, !passedGlobals.contains(name), let declared = globalDeclarations[name], declared.file === file {
            if declared.start < use.start {
                return ["'\(name)' has no value until its let at line \(declared.location.line) has run"]
            }
            return ["it is declared at line \(declared.location.line), after this; move the declaration up"]
        }
        if let declared = function.letDeclarations[name], declared.start < use.start {
            return ["the '\(name)' declared at line \(declared.location.line) exists only inside its block { … }",
                    "to use it after the block, declare it before: let \(name) = null, and set it inside"]
        }
        var candidates = function.visibleNames
        if function.isProcedure {
            candidates += module.globals.names
        } else {
            candidates += passedGlobals
            candidates += module.globals.names.prefix(globalsBefore)
        }
        if let suggestion = Suggestions.closest(to: name, in: candidates) {
            return ["did you mean $\(suggestion)?"]
        }
        if name == "it" {
            return ["$it is defined inside a block { … } given to a command such as where or map"]
        }
        return [fix]
    }

    /// A second `let` of a name in the same scope. `firstDeclaration` is the earlier one, when known.
    func alreadyDeclared(_ name: Identifier, value: Pipeline?, firstDeclaration: SourceSpan?, inBlock: Bool) {
        var notes: [String] = []
        if let firstDeclaration, firstDeclaration.start != name.span.start {
            notes.append("it was declared at line \(firstDeclaration.location.line)")
        }
        notes.append("to change it, use set: set \(name.name) = \(value.map { abbreviatedSource($0.span) } ?? "…")")
        error("'\(name.name)' is already declared\(inBlock ? " in this block" : "")", at: name.span, notes: notes)
    }

    /// The source of a span for a hint, or `…` when it is long or spans lines.
    func abbreviatedSource(_ span: SourceSpan) -> String {
        let text = file.text(of: span)
        return text.isEmpty || text.utf8.count > 40 || text.contains("\n") ? "…" : text
    }
}
