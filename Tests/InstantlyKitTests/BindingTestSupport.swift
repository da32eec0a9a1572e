import APISchema
@testable import InstantlyKit
import InstLanguage
import InstTestSupport
import InstTransport
import Foundation
import Synchronization

extension RecordingTransport {
    /// Pages of `items` ids, `size` per page, cursor = the last id, then an empty page with a cursor.
    static func pages(of ids: [String], size: Int) -> Responder {
        { request in
            let after = request.query.first { $0.name == "starting_after" }?.value
            let start = after.flatMap { ids.firstIndex(of: $0).map { $0 + 1 } } ?? 0
            let page = Array(ids[min(start, ids.count)..<min(start + size, ids.count)])
            let items = page.map { "{\"id\":\"\($0)\"}" }.joined(separator: ",")
            let next = page.last.map { "\"\($0)\"" } ?? "\"\(ids.last ?? "")\""
            return json("{\"items\":[\(items)],\"next_starting_after\":\(next)}")
        }
    }
}

/// A small service binding for tests: plain JSON answers, errors by status, GET lists and
/// `POST /leads/list` page, one law line, a warning for `campaigns.create`.
struct TestBinding: ServiceBinding {
    var service: ServiceName { .instantly }
    var headers: HeaderFields { ["User-Agent": "inst-test/1.0", "Accept": "application/json"] }

    func review(_ call: inout APICall, for operation: APIOperation) throws -> [String] {
        if operation.name == "instantly.campaigns.activate" { call.body = .map(ValueMap()) }
        if operation.name == "instantly.campaigns.update" { return ["only sequences[0] is used"] }
        return []
    }

    func hint(for violation: SchemaViolation, in call: APICall, for operation: APIOperation) -> String? {
        violation.path.hasSuffix("timezone") ? "try \"America/Detroit\"" : nil
    }

    func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError> {
        guard response.isSuccess else {
            return .failure(APIError(status: response.status, code: "http_\(response.status)",
                                     message: response.bodyText, retryable: response.status == 429))
        }
        do {
            return .success(try JSONParser.parse(response.body))
        } catch {
            return .failure(APIError(status: response.status, code: "invalid_response", message: "\(error)"))
        }
    }

    func shape(_ value: Value, for operation: APIOperation) -> Value {
        guard case .map(var map) = value, case .int(let status)? = map["status"] else { return value }
        map["status_label"] = .string(status == 1 ? "active" : "other")
        return .map(map)
    }

    func paging(for operation: APIOperation) -> Paging? {
        if operation.name == "instantly.leads.list" { return Paging(placement: .body, maxPageSize: 50) }
        let lists = operation.method == .get && operation.name.hasSuffix(".list")
        return lists && operation.queryParameters.contains { $0.name == "starting_after" } ? Paging(placement: .query) : nil
    }

    func laws(for operation: APIOperation) -> [String] {
        operation.name == "instantly.campaigns.activate" ? ["Law 6: sends {} as the body"] : []
    }
}

/// An interpreter with the Instantly commands on a fake transport; collects warnings.
/// Scripts run on a thread of their own, as in the CLI: a command blocks its thread while the
/// transport answers, which must not be one of Swift concurrency's few threads.
final class CommandHarness: @unchecked Sendable {
    let transport: RecordingTransport
    let interpreter: Interpreter
    private let log = OutputLog()

    /// The commands on ``TestBinding``, answering with `responder`.
    convenience init(
        cancellation: CancellationFlag = CancellationFlag(),
        _ responder: @escaping RecordingTransport.Responder = { _ in RecordingTransport.json("{}") }
    ) {
        let transport = RecordingTransport(responder)
        self.init(transport: transport, cancellation: cancellation,
                  module: InstantlyModule(client: APIClient(transport: transport), binding: TestBinding()))
    }

    /// `module`'s commands; its transport is not recorded here.
    convenience init(module: InstantlyModule) {
        self.init(transport: RecordingTransport(), cancellation: CancellationFlag(), module: module)
    }

    private init(transport: RecordingTransport, cancellation: CancellationFlag, module: InstantlyModule) {
        self.transport = transport
        var configuration = Interpreter.Configuration(cancellation: cancellation)
        let log = log
        configuration.output = { event in
            if case .warn(let line) = event { log.warnings.append(line) }
        }
        interpreter = Interpreter(configuration: configuration)
        interpreter.register(module)
    }

    var warningLines: [String] { log.warnings }

    /// Runs a script on its own thread and returns its value.
    @discardableResult
    func run(_ text: String) async throws -> Value {
        try await offThread { try self.interpreter.evaluate(SourceFile(name: "test.inst", text: text)) }
    }

    /// Runs a script that must fail, returning the error (a ScriptError or DiagnosticsError).
    func failure(_ text: String) async -> (any Error)? {
        do {
            try await run(text)
            return nil
        } catch {
            return error
        }
    }

    /// The payload of the script error `text` raises, or nil if it raised none or another kind.
    func caught(_ text: String) async -> Value? {
        (await failure(text) as? ScriptError)?.payload
    }

    /// The commands, for help and completion.
    var commands: [CommandSpec] {
        InstantlyModule(client: APIClient(transport: transport), binding: TestBinding()).commands
    }
}

/// Opens once; tasks waiting on it resume then (or at once if it is already open).
final class CancellationGate: Sendable {
    private let state = Mutex<(isOpen: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                if state.isOpen { return true }
                state.waiter = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    func open() {
        let waiter = state.withLock { state in
            state.isOpen = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }
}

/// What a script warned, in order.
final class OutputLog {
    var warnings: [String] = []
}

extension Value {
    /// The field `key` of a map value.
    subscript(field key: String) -> Value? {
        if case .map(let map) = self { return map[key] }
        return nil
    }
}

let campaignID = "0199f4f2-6a2e-7b61-9a1e-3d6c2f0b8a11"
