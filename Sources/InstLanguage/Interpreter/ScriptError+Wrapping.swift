extension ScriptError {
    /// `error` as a script error: script errors pass through; anything else a built-in or host
    /// command throws becomes a catchable runtime error with its description as the message.
    static func wrapping(_ error: any Error) -> ScriptError {
        if let error = error as? ScriptError { return error }
        if let error = error as? CustomStringConvertible { return .runtime(error.description) }
        return .runtime(String(describing: error))
    }

    /// The error with `span` as its place, unless an inner node already gave one.
    func at(_ span: SourceSpan) -> ScriptError {
        guard self.span == nil else { return self }
        var located = self
        located.span = span
        return located
    }
}
