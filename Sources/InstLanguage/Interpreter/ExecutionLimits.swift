import Synchronization

/// The limits every run is held to. Breaching one raises an uncatchable ``ScriptError``.
public struct ExecutionLimits: Sendable {
    /// Statements and loop iterations executed, at most (`nil`: no cap).
    public var maxSteps: Int?
    /// Nested procedure and block calls, at most.
    public var maxCallDepth: Int
    /// Wall-clock time for one run or REPL entry (`nil`: none).
    public var timeout: Duration?
    /// Bytes in one string, at most.
    public var maxStringBytes: Int
    /// Elements in one list or map, at most.
    public var maxCollectionCount: Int

    public init(
        maxSteps: Int? = nil,
        maxCallDepth: Int = 512,
        timeout: Duration? = nil,
        maxStringBytes: Int = 16 << 20,
        maxCollectionCount: Int = 4 << 20
    ) {
        self.maxSteps = maxSteps
        self.maxCallDepth = maxCallDepth
        self.timeout = timeout
        self.maxStringBytes = maxStringBytes
        self.maxCollectionCount = maxCollectionCount
    }
}

/// A flag another thread sets to stop a running evaluation (Ctrl-C in the REPL, a host shutting down).
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
