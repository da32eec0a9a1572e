/// The state of the current run that every node shares: step fuel, call depth, the deadline,
/// size caps, and the host's configuration.
///
/// Steps are counted down in chunks of ``checkInterval``: the hot path is one decrement and one
/// comparison; the slow path (``refuel()``) also checks cancellation and the clock.
final class Execution {
    /// How many steps run between checks of the clock and the cancellation flag.
    static let checkInterval = 1024

    var configuration: Interpreter.Configuration
    /// Steps left before the next slow check.
    @exclusivity(unchecked) var fuel = Execution.checkInterval
    /// Steps of the budget not yet handed out as fuel.
    @exclusivity(unchecked) private var unallocatedSteps = Int.max
    /// Procedure and block calls now active.
    @exclusivity(unchecked) var depth = 0
    private(set) var maxDepth: Int
    /// The calls now active, one record per depth.
    @exclusivity(unchecked) private(set) var calls: ActiveCalls
    private(set) var maxStringBytes: Int
    private(set) var maxCollectionCount: Int
    private var deadline: Duration?
    /// Values the host gave for `param`s (`--var name=value`), for the current run.
    var hostParameters: [String: String] = [:]

    init(configuration: Interpreter.Configuration) {
        self.configuration = configuration
        maxDepth = Self.depthCap(configuration.limits)
        calls = ActiveCalls(maxDepth: maxDepth)
        maxStringBytes = configuration.limits.maxStringBytes
        maxCollectionCount = configuration.limits.maxCollectionCount
    }

    var limits: ExecutionLimits { configuration.limits }

    /// The call-depth cap of `limits`, at most 65,536 (deeper would overflow any thread's stack
    /// first, and each level keeps a record of its call).
    private static func depthCap(_ limits: ExecutionLimits) -> Int {
        min(max(0, limits.maxCallDepth), 1 << 16)
    }

    /// Starts a run (or REPL entry): reads the limits and resets the budget, depth and deadline.
    func begin(hostParameters: [String: String] = [:]) {
        let limits = configuration.limits
        maxDepth = Self.depthCap(limits)
        calls.reserve(maxDepth: maxDepth)
        maxStringBytes = limits.maxStringBytes
        maxCollectionCount = limits.maxCollectionCount
        depth = 0
        let budget = max(0, limits.maxSteps ?? Int.max)
        let chunk = min(Self.checkInterval, budget)
        fuel = chunk
        unallocatedSteps = budget - chunk
        deadline = limits.timeout.map { configuration.now() + $0 }
        self.hostParameters = hostParameters
    }

    /// Counts one step: a statement or a loop iteration.
    @inline(__always)
    func tick() throws(ScriptError) {
        fuel &-= 1
        if fuel < 0 { try refuel() }
    }

    /// Hands out the next chunk of the step budget, after checking cancellation and the deadline.
    @inline(never)
    private func refuel() throws(ScriptError) {
        try checkClockAndCancellation()
        guard unallocatedSteps > 0 else {
            fuel = 0
            let budget = configuration.limits.maxSteps ?? 0
            throw ScriptError.limit(.steps, "the step budget of \(budget) steps is spent")
        }
        let chunk = min(Self.checkInterval, unallocatedSteps)
        unallocatedSteps -= chunk
        fuel = chunk - 1
    }

    /// Throws if the run was cancelled or is past its deadline.
    func checkClockAndCancellation() throws(ScriptError) {
        if configuration.cancellation.isCancelled {
            throw ScriptError(kind: .cancelled, message: "cancelled")
        }
        if let deadline, configuration.now() > deadline {
            let timeout = configuration.limits.timeout.map { " of \($0)" } ?? ""
            throw ScriptError.limit(.deadline, "the time limit\(timeout) is reached")
        }
    }

    /// Enters a procedure or block call, enforcing the depth cap, and notes it in ``calls``.
    @inline(__always)
    func enterCall(_ call: ActiveCalls.Record) throws(ScriptError) {
        depth &+= 1
        if depth > maxDepth { try callDepthExceeded() }
        calls.set(call, at: depth)
    }

    @inline(__always)
    func leaveCall() {
        depth &-= 1
    }

    @inline(never)
    private func callDepthExceeded() throws(ScriptError) {
        depth &-= 1
        var error = ScriptError.limit(.callDepth, "calls nested deeper than \(maxDepth)")
        error.payload = ["message": .string(error.message), "hint": "is a procedure calling itself without end?"]
        throw error
    }
}
