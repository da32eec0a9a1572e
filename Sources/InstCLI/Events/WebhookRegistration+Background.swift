import Dispatch
import Synchronization

extension WebhookRegistration {
    /// A registration run beside the server once it listens, so deliveries are answered while it
    /// talks to Instantly (the server handles no connection until its start-up callback returns).
    final class Background: Sendable {
        private let registration: @Sendable (_ port: Int) -> WebhookRegistration
        private let handlers: [String]
        private let console: Console
        private let task = Mutex<Task<Void, Never>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        /// `registration` makes the registration for the port listened on; `handlers` are the
        /// script's event names.
        init(handlers: [String], console: Console, registration: @escaping @Sendable (_ port: Int) -> WebhookRegistration) {
            self.handlers = handlers
            self.console = console
            self.registration = registration
        }

        /// Starts registering for the server listening on `port` (once).
        func start(port: Int) {
            let registration = registration(port), handlers = handlers, console = console, done = done
            task.withLock { task in
                guard task == nil else { return }
                task = Task {
                    await registration.registerAndReport(handlers: handlers, console: console)
                    done.signal()
                }
            }
        }

        /// The server stopped: a registration still under way is cancelled.
        func cancel() {
            task.withLock { $0 }?.cancel()
        }

        /// Waits (blocking the thread: not from a Swift concurrency task) until a started
        /// registration has finished.
        func wait() {
            guard task.withLock({ $0 }) != nil else { return }
            done.wait()
            done.signal()  // a later wait returns at once
        }
    }
}
