import APISchema
import Foundation
@testable import HighLevelKit
import InstLanguage
import InstTestSupport
import InstTransport
import Synchronization

/// An interpreter with the `ghl` commands on a recording transport. Scripts run on a thread of
/// their own, as in the CLI: commands block their thread while the transport answers.
final class HighLevelHarness: @unchecked Sendable {
    let transport: RecordingTransport
    let interpreter: Interpreter
    let module: HighLevelModule
    private let warnings = WarningLog()

    init(location: String? = "loc_1", _ responder: @escaping RecordingTransport.Responder = { _ in RecordingTransport.json("{}") }) {
        transport = RecordingTransport(responder)
        module = HighLevelModule(client: APIClient(transport: transport), locationID: location)
        var configuration = Interpreter.Configuration()
        let warnings = warnings
        configuration.output = { event in
            if case .warn(let line) = event { warnings.append(line) }
        }
        interpreter = Interpreter(configuration: configuration)
        interpreter.register(module)
    }

    var warningLines: [String] { warnings.lines }

    /// Runs a script on its own thread and returns its value.
    @discardableResult
    func run(_ text: String) async throws -> Value {
        try await offThread { try self.interpreter.evaluate(SourceFile(name: "test.inst", text: text)) }
    }

    /// The payload of the script error `text` raises (the API error's map), or nil.
    func caught(_ text: String) async -> Value? {
        do {
            try await run(text)
            return nil
        } catch {
            return (error as? ScriptError)?.payload
        }
    }

    /// The JSON body of request `index`, parsed.
    func body(_ index: Int) -> Value? {
        transport.requests[index].body.flatMap { try? JSONParser.parse($0) }
    }

    func command(_ name: String) -> CommandSpec? {
        module.commands.first { $0.name == name }
    }
}

/// What a script warned, in order.
final class WarningLog: Sendable {
    private let log = Mutex<[String]>([])

    func append(_ line: String) { log.withLock { $0.append(line) } }

    var lines: [String] { log.withLock { $0 } }
}

extension Value {
    /// The field `key` of a map value.
    subscript(field key: String) -> Value? {
        if case .map(let map) = self { return map[key] }
        return nil
    }
}
