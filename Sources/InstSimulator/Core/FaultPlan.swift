/// Failures the simulator injects, parsed from `500:2%,429:1%,reset:1%,latency:200ms`.
public struct FaultPlan: Sendable, Equatable {
    /// Answer with this HTTP status at this probability (0…1).
    public var statuses: [(status: Int, probability: Double)] = []
    /// Drop the connection without an answer at this probability.
    public var reset: Double = 0
    /// Added before every answer.
    public var latency: Duration = .zero

    public init() {}

    public static func == (lhs: FaultPlan, rhs: FaultPlan) -> Bool {
        lhs.reset == rhs.reset && lhs.latency == rhs.latency
            && lhs.statuses.map(\.status) == rhs.statuses.map(\.status)
            && lhs.statuses.map(\.probability) == rhs.statuses.map(\.probability)
    }
}
