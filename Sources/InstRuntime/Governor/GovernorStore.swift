import Synchronization

/// Where the governor keeps each bucket's theoretical arrival time (nanoseconds on the shared
/// timeline), keyed by bucket name. ``withState(_:)`` is one atomic read-modify-write.
public protocol GovernorStore: Sendable {
    func withState<T: Sendable>(_ body: (inout [String: Int64]) throws -> T) throws -> T
}

/// State for one process.
public final class MemoryGovernorStore: GovernorStore {
    private let state = Mutex<[String: Int64]>([:])

    public init() {}

    public func withState<T: Sendable>(_ body: (inout [String: Int64]) throws -> T) throws -> T {
        try state.withLock { state in
            var copy = state
            let result = try body(&copy)
            state = copy
            return result
        }
    }
}

/// Why the shared state file could not be used.
public struct GovernorStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "rate governor state \(path): \(reason)" }
}
