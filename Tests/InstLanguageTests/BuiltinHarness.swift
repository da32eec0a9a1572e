@testable import InstLanguage

/// Calls core built-ins directly, as the interpreter would after binding arguments:
/// positional values fill positional parameters in order (then a `rest` parameter),
/// `named` fills named and flag parameters. Output events are collected.
final class BuiltinHarness {
    private final class Events {
        var list: [OutputEvent] = []
    }

    private let recorded = Events()
    private let interpreter: Interpreter
    private let specs: [String: CommandSpec]

    init(limits: ExecutionLimits = ExecutionLimits()) {
        let recorded = self.recorded
        interpreter = Interpreter(configuration: .init(limits: limits, output: { recorded.list.append($0) }))
        specs = Dictionary(CoreBuiltins().commands.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var events: [OutputEvent] { recorded.list }

    func spec(_ name: String) -> CommandSpec? { specs[name] }

    func call(_ name: String, _ positional: Value..., named: [String: Value] = [:]) throws -> Value {
        try invoke(name, positional, named)
    }

    /// The error the call throws, or `nil`.
    func error(_ name: String, _ positional: Value..., named: [String: Value] = [:]) -> ScriptError? {
        do {
            _ = try invoke(name, positional, named)
            return nil
        } catch let error as ScriptError {
            return error
        } catch {
            return ScriptError.runtime("unexpected \(error)")
        }
    }

    private func invoke(_ name: String, _ positional: [Value], _ named: [String: Value]) throws -> Value {
        guard let spec = specs[name] else { throw ScriptError.runtime("no built-in \(name)") }
        var remaining = positional[...]
        let values: [Value?] = spec.parameters.map { parameter in
            switch parameter.kind {
            case .positional: return remaining.popFirst() ?? named[parameter.name]
            case .rest:
                defer { remaining = [] }
                return .list(Array(remaining))
            case .named, .flag: return named[parameter.name]
            }
        }
        let file = SourceFile(name: "test.inst", text: name)
        let context = CommandContext(span: SourceSpan(file: file, start: 0, end: 0), interpreter: interpreter)
        return try spec.run(Arguments(parameters: spec.parameters, values: values), context)
    }

    /// A stream over `elements` that counts how many were pulled.
    static func countingStream(_ elements: [Value], pulled: Counter) -> Value {
        var iterator = elements.makeIterator()
        return .stream(ValueStream {
            guard let next = iterator.next() else { return nil }
            pulled.value += 1
            return next
        })
    }

    final class Counter {
        var value = 0
    }
}
