import Dispatch
import InstLanguage
import InstTransport

/// A blocking façade over a ``Transport`` for commands, which run on the interpreter's own
/// thread (a plain thread, not a Swift concurrency one, so it may block).
///
/// Each call runs the async transport in a task and waits for its answer, waking every
/// ``pollInterval`` to ask the caller whether the run was interrupted (Ctrl-C, time limit); if so,
/// the task is cancelled and the interruption is thrown.
///
///     let client = APIClient(transport: simulator)
///     let response = try client.send(request) { try context.checkInterrupts() }
public final class APIClient: Sendable {
    public let transport: any Transport
    /// How often a waiting call checks for interrupts.
    public let pollInterval: Duration

    public init(transport: any Transport, pollInterval: Duration = .milliseconds(50)) {
        self.transport = transport
        self.pollInterval = pollInterval
    }

    /// Sends `request` and waits for the answer.
    ///
    /// Any HTTP status is an answer. A transport fault throws ``APIError/scriptError`` (catchable,
    /// status null, `code` `timeout`, `connection`, …), except cancellation, which throws a
    /// ``ScriptError`` of kind `.cancelled` that stops the script, and a ``ScriptError`` a middleware
    /// throws (a policy refusal, a limit), which passes as is. `interrupts` is called while
    /// waiting; whatever it throws cancels the request and is rethrown.
    public func send(
        _ request: TransportRequest, interrupts: () throws -> Void = {}
    ) throws -> TransportResponse {
        let outcome = try wait(for: request, interrupts: interrupts)
        switch outcome {
        case .success(let response):
            return response
        case .failure(TransportError.cancelled), .failure(is CancellationError):
            throw ScriptError(kind: .cancelled, message: "\(request.method) \(request.path): the request was cancelled")
        case .failure(let error as ScriptError):
            throw error
        case .failure(let error as TransportError):
            var failure = APIError(error, effect: request.effect)
            failure.method = request.method.rawValue
            failure.path = request.path
            throw failure.scriptError
        case .failure(let error):
            var failure = APIError(status: nil, code: "transport", message: "\(error)")
            failure.method = request.method.rawValue
            failure.path = request.path
            throw failure.scriptError
        }
    }

    private func wait(
        for request: TransportRequest, interrupts: () throws -> Void
    ) throws -> Result<TransportResponse, any Error> {
        let mailbox = Mailbox()
        let transport = transport
        let task = Task(executorPreference: transport.preferredExecutor) {
            do {
                mailbox.deliver(.success(try await transport.send(request)))
            } catch {
                mailbox.deliver(.failure(error))
            }
        }
        let slice = DispatchTimeInterval.nanoseconds(Self.nanoseconds(pollInterval))
        while true {
            if let outcome = mailbox.take(waiting: slice) { return outcome }
            do {
                try interrupts()
            } catch {
                task.cancel()
                throw error
            }
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let total = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !total.overflow else { return Int.max }
        return max(1_000_000, Int(total.partialValue) + Int(attoseconds / 1_000_000_000))
    }
}
