import Foundation
import Synchronization

/// Runs async work from a synchronous command (the command line's entry point is synchronous)
/// and waits for it on the calling thread.
enum BlockingTask {
    static func run<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) -> Result<Value, any Error> {
        let (_, outcome) = start(operation)
        outcome.done.wait()
        return outcome.value
    }

    /// Like ``run(_:)``, but calls `check` on the waiting thread every ``pollInterval``: once it
    /// throws (Ctrl-C, the run's time limit), the work is cancelled and waited for, and the
    /// check's error is thrown.
    static func run<Value: Sendable>(
        interruptedBy check: () throws -> Void, _ operation: @escaping @Sendable () async throws -> Value
    ) throws -> Result<Value, any Error> {
        let (task, outcome) = start(operation)
        while outcome.done.wait(timeout: .now() + pollInterval) == .timedOut {
            do {
                try check()
            } catch {
                task.cancel()
                outcome.done.wait()
                throw error
            }
        }
        return outcome.value
    }

    /// How often an interruptible wait checks for an interrupt.
    static let pollInterval = DispatchTimeInterval.milliseconds(50)

    private static func start<Value: Sendable>(
        _ operation: @escaping @Sendable () async throws -> Value
    ) -> (Task<Void, Never>, Outcome<Value>) {
        let outcome = Outcome<Value>()
        let task = Task {
            do { outcome.finish(.success(try await operation())) } catch { outcome.finish(.failure(error)) }
        }
        return (task, outcome)
    }

    /// The work's result once it is in; `done` is signalled then.
    private final class Outcome<Value: Sendable>: Sendable {
        let done = DispatchSemaphore(value: 0)
        private let result = Mutex<Result<Value, any Error>?>(nil)

        func finish(_ result: Result<Value, any Error>) {
            self.result.withLock { $0 = result }
            done.signal()
        }

        var value: Result<Value, any Error> {
            result.withLock { $0 } ?? .failure(CancellationError())
        }
    }
}
