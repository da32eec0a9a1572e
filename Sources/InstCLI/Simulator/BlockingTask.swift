import Foundation
import Synchronization

/// Runs async work from a synchronous command (the command line's entry point is synchronous)
/// and waits for it on the calling thread.
enum BlockingTask {
    static func run(_ operation: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let outcome = Mutex<Result<Void, any Error>>(.success(()))
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await operation()
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0 }
    }
}
