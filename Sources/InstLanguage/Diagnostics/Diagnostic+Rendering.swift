extension Diagnostic {
    /// The diagnostic as the user sees it:
    ///
    ///     hello.inst:3:7: error: undefined variable $nme
    ///     print $nme
    ///           ^~~~
    ///     note: did you mean $name?
    ///
    /// The caret line keeps tabs so it lines up under the source line.
    public func rendered() -> String {
        let location = span.location
        var out = "\(span.file.name):\(location): \(severity.rawValue): \(message)\n"
        let line = span.file.lineText(location.line)
        out += line + "\n"
        out += caretLine(for: line, startColumn: location.column) + "\n"
        for note in notes {
            out += "note: \(note)\n"
        }
        return out
    }

    private func caretLine(for line: String, startColumn: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var caret = ""
        for scalar in scalars.prefix(max(0, startColumn - 1)) {
            caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        // The underline covers the span, clipped to the first line.
        let endLocation = span.file.location(of: span.end)
        let width: Int
        if endLocation.line == location(of: span).line {
            width = max(1, endLocation.column - startColumn)
        } else {
            width = max(1, scalars.count - (startColumn - 1))
        }
        caret += "^" + String(repeating: "~", count: width - 1)
        return caret
    }

    private func location(of span: SourceSpan) -> SourceLocation { span.location }
}

extension DiagnosticsError {
    /// Every diagnostic rendered, in order.
    public func rendered() -> String {
        diagnostics.map { $0.rendered() }.joined()
    }
}
