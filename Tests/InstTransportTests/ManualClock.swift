import Synchronization

/// A clock that moves only when a test moves it. `sleep` suspends until ``advance(by:)`` (or
/// ``advanceToNextWake()``) reaches the sleeper's deadline, so code that waits runs in tests
/// without any real waiting.
final class ManualClock: Clock {
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var deadline: Instant
        var id: Int
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
        var nextID = 0
        /// Tasks waiting for someone to start sleeping.
        var watchers: [CheckedContinuation<Void, Never>] = []
        /// Every sleep asked for, in order.
        var requested: [Duration] = []
    }

    private let state = Mutex(State())

    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }

    /// Every duration code slept for, in order.
    var sleeps: [Duration] { state.withLock { $0.requested } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = state.withLock { state in
            state.nextID += 1
            state.requested.append(state.now.duration(to: deadline))
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let watchers = state.withLock { state -> [CheckedContinuation<Void, Never>]? in
                    if deadline <= state.now || Task.isCancelled { return nil }
                    state.sleepers.append(Sleeper(deadline: deadline, id: id, continuation: continuation))
                    defer { state.watchers = [] }
                    return state.watchers
                }
                guard let watchers else {
                    return Task.isCancelled ? continuation.resume(throwing: CancellationError()) : continuation.resume()
                }
                watchers.forEach { $0.resume() }
            }
        } onCancel: {
            let sleeper = state.withLock { state -> Sleeper? in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward, waking every sleeper whose deadline has come.
    func advance(by duration: Duration) {
        let woken = state.withLock { state -> [Sleeper] in
            state.now = state.now.advanced(by: duration)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        woken.forEach { $0.continuation.resume() }
    }

    /// Waits until some task sleeps, then moves time to its deadline; returns how far time moved.
    @discardableResult
    func advanceToNextWake() async -> Duration {
        while true {
            let next = state.withLock { state in state.sleepers.map(\.deadline).min().map { state.now.duration(to: $0) } }
            if let next {
                advance(by: next)
                return next
            }
            await withCheckedContinuation { (watcher: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state in
                    if !state.sleepers.isEmpty { return true }
                    state.watchers.append(watcher)
                    return false
                }
                if ready { watcher.resume() }
            }
        }
    }
}
