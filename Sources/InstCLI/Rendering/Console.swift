import InstLanguage
import InstRuntime

/// The terminal a command writes to: program output, values, diagnostics, with colour only
/// where the stream is a terminal and `NO_COLOR` is not set.
final class Console: Sendable {
    let output: StandardStream
    let error: StandardStream
    let outputColor: Bool
    let errorColor: Bool

    init(output: StandardStream = .output, error: StandardStream = .error, environment: [String: String] = Environment.current) {
        self.output = output
        self.error = error
        self.outputColor = Terminal.usesColor(descriptor: output.descriptor, environment: environment)
        self.errorColor = Terminal.usesColor(descriptor: error.descriptor, environment: environment)
    }

    /// The output hook for interpreters: `print` and tables to standard output, `warn` to standard error.
    func handle(_ event: OutputEvent) {
        switch event {
        case .print(let line):
            output.writeLine(line)
        case .warn(let line):
            output.flush()
            error.writeLine(TextStyle.yellow.apply("warning:", when: errorColor) + " " + line)
        case .table(let rows):
            output.write(ValueDisplay.table(rows, color: outputColor))
        }
    }

    /// A REPL result: nothing for null, a table for a list of maps, else the formatted value.
    func show(_ value: Value) {
        output.write(ValueDisplay.result(value, color: outputColor))
    }

    /// A diagnostic or error report, with its severity labels coloured.
    func report(_ text: String) {
        output.flush()
        error.write(errorColor ? Self.highlight(text) : text)
        error.flush()
    }

    /// A one-line message to standard error: `inst: …`.
    func fail(_ message: String) {
        report(TextStyle.red.apply("error:", when: errorColor) + " " + message + "\n")
    }

    /// After Ctrl-C: `interrupted at file:line:col`, on a line of its own (the terminal echoed `^C`).
    func interrupted(at span: SourceSpan?) {
        let place = span.map { " at \($0.position)" } ?? ""
        report((Terminal.isTerminal(0) ? "\n" : "") + "interrupted\(place)\n")
    }

    func flush() {
        output.flush()
        error.flush()
    }

    /// Colours the severity label of header lines (`file:1:2: error: …`, `note: …`), not source excerpts.
    private static func highlight(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            for (label, style) in [("error:", TextStyle.red), ("warning:", .yellow), ("note:", .cyan)] {
                if line.hasPrefix(label) {
                    return style.apply(label, when: true) + line.dropFirst(label.count)
                }
                if let range = line.firstRange(of: ": " + label), !line[..<range.lowerBound].contains(" ") {
                    line.replaceSubrange(range, with: ": " + style.apply(label, when: true))
                    return line
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
