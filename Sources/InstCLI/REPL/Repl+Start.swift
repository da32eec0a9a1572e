import InstRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Repl {
    /// Starts a session in the working directory: libedit when a person is at a terminal,
    /// plain lines when input is piped.
    static func start(options: RunOptions) throws -> ExitStatus {
        if !options.variables.isEmpty {
            Console().fail("--var sets a script's params: use it with `inst run SCRIPT` or `inst -c CODE`")
            return .usage
        }
        let console = Console()
        guard let backend = Backend.make(options: options, console: console) else { return .usage }
        defer { backend.shutdown() }
        Interrupts.install()
        let host = backend.makeHost(
            baseDirectory: ".", allowRead: options.allowRead, allowWrite: options.allowWrite,
            limits: options.limits, confined: false, console: console)
        let editor = makeEditor(environment: Environment.current)
        let status = Repl(host: host, editor: editor, console: console, backend: backend).run()
        LargeStackThread.release(consume host)
        return status
    }

    private static func makeEditor(environment: [String: String]) -> any LineEditor {
        guard Terminal.isTerminal(0), Terminal.isTerminal(1),
              let editor = LibEditLineEditor(historyPath: HistoryFile.path(environment: environment))
        else {
            return PlainLineEditor()
        }
        return editor
    }
}
