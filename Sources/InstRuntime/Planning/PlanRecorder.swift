import Synchronization

/// The writes a dry-run planned, in order. (Skeleton: the planning layer fills it in.)
public final class PlanRecorder: Sendable {
    public init() {}
}
