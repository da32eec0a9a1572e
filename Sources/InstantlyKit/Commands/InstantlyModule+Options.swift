import Foundation

extension InstantlyModule {
    /// How the commands wait and poll.
    public struct Options: Sendable {
        /// Waits between polls (`instantly.verify` while a verification is pending); tests pass
        /// one that records instead of sleeping. Throws to stop waiting.
        public var sleep: @Sendable (Duration) throws -> Void

        public init(sleep: @escaping @Sendable (Duration) throws -> Void = Options.threadSleep) {
            self.sleep = sleep
        }

        /// Blocks the calling thread (the interpreter's) for `duration`.
        public static let threadSleep: @Sendable (Duration) throws -> Void = { duration in
            let (seconds, attoseconds) = duration.components
            Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        }
    }
}
