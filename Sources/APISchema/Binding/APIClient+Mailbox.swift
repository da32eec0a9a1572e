import Dispatch
import InstTransport
import Synchronization

extension APIClient {
    /// Where a request's task leaves its outcome for the waiting thread.
    final class Mailbox: Sendable {
        private let outcome = Mutex<Result<TransportResponse, any Error>?>(nil)
        private let signal = DispatchSemaphore(value: 0)

        func deliver(_ result: Result<TransportResponse, any Error>) {
            outcome.withLock { $0 = result }
            signal.signal()
        }

        /// The outcome, waiting up to `timeout` for it; nil if it has not come yet.
        func take(waiting timeout: DispatchTimeInterval) -> Result<TransportResponse, any Error>? {
            guard signal.wait(timeout: .now() + timeout) == .success else { return nil }
            return outcome.withLock { $0 }
        }
    }
}
