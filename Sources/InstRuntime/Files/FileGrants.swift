import Synchronization

/// The ``FilePolicy`` of one host, shared by the file commands: the host narrows it once the
/// program's `require read` lines are known, after the commands were registered.
public final class FileGrants: Sendable {
    private let state: Mutex<FilePolicy>

    public init(_ policy: FilePolicy) {
        state = Mutex(policy)
    }

    /// The policy in force.
    public var policy: FilePolicy {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}
