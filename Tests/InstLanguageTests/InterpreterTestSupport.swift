@testable import InstLanguage

/// Runs source through a fresh interpreter and records what it printed.
final class ScriptRunner {
    private final class Recorder {
        var events: [OutputEvent] = []
    }

    private let recorder = Recorder()
    let interpreter: Interpreter

    init(
        limits: ExecutionLimits = ExecutionLimits(),
        moduleLoader: (any ModuleLoader)? = nil,
        cancellation: CancellationFlag = CancellationFlag(),
        now: @escaping () -> Duration = Interpreter.monotonicNow
    ) {
        let recorder = self.recorder
        interpreter = Interpreter(
            configuration: .init(
                limits: limits, output: { recorder.events.append($0) }, moduleLoader: moduleLoader,
                cancellation: cancellation, now: now))
    }

    var events: [OutputEvent] { recorder.events }

    /// The `print` lines so far.
    var printed: [String] {
        events.compactMap { if case .print(let line) = $0 { line } else { nil } }
    }

    /// The `warn` lines so far.
    var warned: [String] {
        events.compactMap { if case .warn(let line) = $0 { line } else { nil } }
    }

    /// Checks and runs a script; returns its value.
    @discardableResult
    func run(_ source: String, name: String = "test.inst", parameters: [String: String] = [:]) throws -> Value {
        let program = try interpreter.check(SourceFile(name: name, text: source))
        return try interpreter.run(program, parameters: parameters)
    }

    /// The lines a script printed.
    func output(_ source: String) throws -> [String] {
        try run(source)
        return printed
    }

    /// The runtime error a script raises, or `nil` (check errors are test failures).
    func runtimeError(_ source: String, name: String = "test.inst", parameters: [String: String] = [:]) throws -> ScriptError? {
        let program = try interpreter.check(SourceFile(name: name, text: source))
        do {
            _ = try interpreter.run(program, parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    /// The check diagnostics of a script (empty when it checks).
    func diagnostics(_ source: String, name: String = "test.inst") -> [Diagnostic] {
        do {
            _ = try interpreter.check(SourceFile(name: name, text: source))
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// One REPL entry.
    @discardableResult
    func evaluate(_ source: String, entry: Int = 1) throws -> Value {
        try interpreter.evaluate(SourceFile(name: "<repl:\(entry)>", text: source))
    }
}

/// A module loader over in-memory sources, keyed by library name or file path.
struct MemoryModuleLoader: ModuleLoader {
    var sources: [String: String]

    func load(_ reference: ModuleReference, from importer: SourceFile) throws -> SourceFile {
        let key: String
        switch reference {
        case .library(let name): key = name.name
        case .file(let path, _): key = path
        }
        guard let text = sources[key] else { throw ScriptError.runtime("no module '\(key)'", hint: "check the name") }
        return SourceFile(name: key.hasSuffix(".inst") ? key : "\(key).inst", text: text)
    }
}
