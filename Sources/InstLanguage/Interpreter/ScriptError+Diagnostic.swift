extension ScriptError {
    /// The error as a diagnostic at its span: the procedure frames (`in percent, called at
    /// script.inst:12:20`) and the hint (`hint: …`) become notes. `nil` when it has no span.
    public func diagnostic() -> Diagnostic? {
        guard let span else { return nil }
        return Diagnostic(.error, message, at: span, notes: notes)
    }

    /// The stack, innermost first (a run of identical frames, as in a deep recursion, once with
    /// its count), then the hint.
    public var notes: [String] {
        var notes: [String] = []
        var repeats = 0
        for (index, frame) in stack.enumerated() {
            let note = "in \(frame.name), called at \(frame.callSite.position)"
            let next = index + 1 < stack.count ? stack[index + 1] : nil
            if let next, next.name == frame.name, next.callSite.position == frame.callSite.position {
                repeats += 1
                continue
            }
            notes.append(repeats > 0 ? "\(note) (\(repeats + 1) times)" : note)
            repeats = 0
        }
        if let hint { notes.append("hint: \(hint)") }
        return notes
    }

    /// The error as the user sees it: with source line and caret when it has a span.
    public func rendered() -> String {
        if let diagnostic = diagnostic() { return diagnostic.rendered() }
        return "error: \(message)\n" + notes.map { "note: \($0)\n" }.joined()
    }
}
