import InstLanguage

/// The simplest output hook: `print` and tables to standard output, `warn` to standard error.
public enum PlainOutput {
    public static func write(_ event: OutputEvent) {
        switch event {
        case .print(let line):
            StandardStream.output.writeLine(line)
        case .warn(let line):
            StandardStream.output.flush()
            StandardStream.error.writeLine("warning: " + line)
        case .table(let rows):
            StandardStream.output.writeLine(rows.formatted())
        }
    }
}
