import Dispatch
import Synchronization

extension WebhookRegistration {
    /// A registration run beside the server once it listens, so deliveries are answered while it
    /// talks to Instantly (the server handles no connection until its start-up callback returns).
    final class Background: Sendable {
        private let registration: @Sendable (_ port: Int) -> WebhookRegistration
        private let handlers: [String]
        private let instantly: String?
        private let console: Console
        private let onFailure: @Sendable () -> Void
        private let task = Mutex<Task<Void, Never>?>(nil)
        private let failed = Atomic<Bool>(false)
        private let done = DispatchSemaphore(value: 0)

        /// `registration` makes the registration for the port listened on; `handlers` are the
        /// script's event names; `instantly` the Instantly's base URL (`nil`: the embedded
        /// simulator); `onFailure` runs once a failure was reported (it stops the server).
        init(
            handlers: [String], instantly: String?, console: Console, onFailure: @escaping @Sendable () -> Void,
            registration: @escaping @Sendable (_ port: Int) -> WebhookRegistration
        ) {
            self.handlers = handlers
            self.instantly = instantly
            self.console = console
            self.onFailure = onFailure
            self.registration = registration
        }

        /// Whether the registration failed (reported, and the server told to stop).
        var hasFailed: Bool { failed.load(ordering: .acquiring) }

        /// Starts registering for the server listening on `port` (once).
        func start(port: Int) {
            let registration = registration(port), handlers = handlers, instantly = instantly, console = console
            task.withLock { task in
                guard task == nil else { return }
                task = Task {
                    let worked = await registration.registerAndReport(handlers: handlers, instantly: instantly, console: console)
                    if !worked && !Task.isCancelled {
                        self.failed.store(true, ordering: .releasing)
                        self.onFailure()
                    }
                    self.done.signal()
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
