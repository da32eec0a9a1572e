import Foundation

/// Runs `work` on a thread of its own and resumes with its result. Scripts and `APIClient` block
/// their thread while a transport answers on Swift concurrency's threads, so tests must not call
/// them from one of those (the cooperative pool has as few threads as cores), nor wait for a child
/// process there.
public func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
