import InstTransport

/// How a simulator starts: its seed, clock, faults and limits.
public struct SimulatorConfiguration: Sendable {
    /// Drives every random choice (ids, opens, replies, faults), so a seed replays exactly.
    public var seed: UInt64
    /// The virtual clock's first reading.
    public var start: SimTime
    /// Failures to inject (`--faults "500:2%,429:1%,reset:1%,latency:200ms"`).
    public var faults: FaultPlan
    /// Whether to seed the demo workspace (an empty workspace otherwise).
    public var demoWorkspace: Bool
    /// Per-workspace request limits (429 beyond them).
    public var rateLimits: RateLimits
    /// Real time elapsed since the simulator started, added to the virtual clock when counting
    /// requests against the rate limits (so a session whose clock never moves is not limited
    /// forever). `nil` reads the real clock; tests pass `{ .zero }` to count in virtual time only.
    public var elapsed: (@Sendable () -> Duration)?
    /// Waits out injected latency; tests inject one that returns at once.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Sends the simulator's webhook deliveries (POST to each subscription's `target_hook_url`); `nil`:
    /// events are recorded (`GET /webhook-events`) but never delivered. See ``Simulator/deliverWebhooks()``
    /// for the requests it receives.
    public var webhookTransport: (any Transport)?

    public init(
        seed: UInt64 = 1,
        start: SimTime = .demoStart,
        faults: FaultPlan = FaultPlan(),
        demoWorkspace: Bool = true,
        rateLimits: RateLimits = .documented,
        elapsed: (@Sendable () -> Duration)? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        webhookTransport: (any Transport)? = nil
    ) {
        self.seed = seed
        self.start = start
        self.faults = faults
        self.demoWorkspace = demoWorkspace
        self.rateLimits = rateLimits
        self.elapsed = elapsed
        self.sleep = sleep
        self.webhookTransport = webhookTransport
    }
}
