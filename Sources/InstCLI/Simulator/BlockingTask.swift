import Foundation
import Synchronization

/// Runs async work from a synchronous command (the command line's entry point is synchronous)
/// and waits for it on the calling thread.
enum BlockingTask {
    static func run<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) -> Result<Value, any Error> {
        let outcome = Mutex<Result<Value, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let value = try await operation()
                outcome.withLock { $0 = .success(value) }
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0 } ?? .failure(CancellationError())
    }
}
