extension ScriptError {
    /// The error as a diagnostic at its span: the procedure frames (`in percent, called at
    /// script.inst:12:20`) and the hint (`hint: …`) become notes. `nil` when it has no span.
    public func diagnostic() -> Diagnostic? {
        guard let span else { return nil }
        return Diagnostic(.error, message, at: span, notes: notes)
    }

    /// The stack, innermost first, then the hint.
    public var notes: [String] {
        stack.map { "in \($0.name), called at \($0.callSite.position)" } + (hint.map { ["hint: \($0)"] } ?? [])
    }

    /// The error as the user sees it: with source line and caret when it has a span.
    public func rendered() -> String {
        if let diagnostic = diagnostic() { return diagnostic.rendered() }
        return "error: \(message)\n" + notes.map { "note: \($0)\n" }.joined()
    }
}
